using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Staffing.Grains.Abstractions;
using Staffing.Host.Observability;

namespace Staffing.Host.Tests.Observability;

public sealed class WorkflowMeterTests(StaffingHostFixture fixture) : IClassFixture<StaffingHostFixture>
{
    [Fact]
    public void The_workflow_meter_grains_resolve_records_on_the_staffing_meter()
    {
        var services = fixture.Factory.Services;
        var meters = services.GetRequiredService<IMeterFactory>();
        var seen = new List<(string Instrument, long Value, string Tag)>();
        using var listener = new MeterListener
        {
            // Only this host's meter: other test hosts in the same process publish theirs under the same name.
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == StaffingMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (seen)
            {
                seen.Add((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"))));
            }
        });
        listener.Start();

        var meter = services.GetRequiredService<IWorkflowMeter>();
        meter.Proposal("approved");
        meter.SlaReminderFired("return");
        meter.SlaEscalated("return");
        services.GetRequiredService<StaffingMetrics>().RequestShed();

        Assert.Same(services.GetRequiredService<StaffingMetrics>(), meter);
        Assert.Contains(("staffing.proposals", 1L, "outcome=approved"), seen);
        Assert.Contains(("staffing.sla.reminders", 1L, "kind=return"), seen);
        Assert.Contains(("staffing.sla.escalations", 1L, "kind=return"), seen);
        Assert.Contains(("staffing.requests.shed", 1L, ""), seen);
    }
}
