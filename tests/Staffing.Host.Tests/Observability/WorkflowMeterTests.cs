using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Staffing.Grains.Abstractions;
using Staffing.Host.Observability;
using Staffing.Host.Tests.Workflows;
using Staffing.Scenarios;

namespace Staffing.Host.Tests.Observability;

public sealed class WorkflowMeterTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public void The_workflow_meter_grains_resolve_records_on_the_staffing_meter()
    {
        var services = demo.Factory.Services;
        using var recorder = new MeterRecorder(services);

        var meter = services.GetRequiredService<IWorkflowMeter>();
        meter.Proposal("approved");
        meter.SlaReminderFired("return");
        meter.SlaEscalated("return");
        services.GetRequiredService<StaffingMetrics>().RequestShed();

        Assert.Same(services.GetRequiredService<StaffingMetrics>(), meter);
        Assert.Contains(("staffing.proposals", 1d, "outcome=approved"), recorder.Seen);
        Assert.Contains(("staffing.sla.reminders", 1d, "kind=return"), recorder.Seen);
        Assert.Contains(("staffing.sla.escalations", 1d, "kind=return"), recorder.Seen);
        Assert.Contains(("staffing.requests.shed", 1d, ""), recorder.Seen);
    }

    [Fact]
    public async Task A_proposal_counts_its_request_its_solve_and_its_approval()
    {
        using var recorder = new MeterRecorder(demo.Factory.Services);
        using var manager = await demo.SignedInAsync("manager");
        var project = (await new WorkflowDemo(demo).ProjectsAsync(Tier.Gold))[0];

        var created = await manager.PostAsJsonAsync("/api/proposals", new { scope = "project", id = project.Id, timeLimitSeconds = 1 });
        var id = (await WorkflowDemo.BodyAsync(created)).GetProperty("id").GetString()!;
        var proposal = demo.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IProposalGrain>(id);
        for (var i = 0; i < 100 && (await proposal.GetAsync())!.Status == ProposalStatus.Solving; i++)
        {
            await Task.Delay(100);
        }

        (await manager.PostAsJsonAsync($"/api/proposals/{id}/approve", new { })).EnsureSuccessStatusCode();

        var outcomes = recorder.Seen.Where(m => m.Instrument == "staffing.proposals").Select(m => m.Tags).ToList();
        Assert.Equal(["outcome=requested", "outcome=ready", "outcome=approved"], outcomes);
        var solve = Assert.Single(recorder.Seen, m => m.Instrument == "staffing.solver.duration");
        Assert.InRange(solve.Value, 0.001, 30);
        Assert.StartsWith("status=", solve.Tags, StringComparison.Ordinal);
    }
}
