using System.Collections.Immutable;
using Staffing.Domain;
using Staffing.Scenarios;
using StaffMember = Staffing.Domain.StaffMember;

namespace Staffing.Grains.Abstractions;

/// <summary>Converts people, bookings, changes and clashes between the wire records and the domain.</summary>
public static class StaffMapping
{
    public static StaffMember ToDomain(this StaffInfo info) => new()
    {
        Id = info.Id,
        Name = info.Name,
        Grade = info.Grade,
        Region = info.Region,
        Department = info.Department,
        Skills = info.Skills,
        Capacity = info.Capacity,
        CostPerWeek = info.CostPerWeek,
        BillPerWeek = info.BillPerWeek,
        Leave = [.. info.Leave.Select(l => new WeekRange(l.Start, l.End))],
        Commitments = [.. info.Commitments.Select(c => new Commitment(c.Start, c.End, c.Load))],
        Bookings = [.. info.Bookings.Select(ToDomain)],
        Duty = info.Duty?.ToDomain(),
    };

    public static StaffInfo ToInfo(this StaffMember person) => new()
    {
        Id = person.Id,
        Name = person.Name,
        Grade = person.Grade,
        Region = person.Region,
        Department = person.Department,
        Skills = new Dictionary<string, int>(person.Skills),
        Capacity = person.Capacity,
        CostPerWeek = person.CostPerWeek,
        BillPerWeek = person.BillPerWeek,
        Leave = [.. person.Leave.Select(l => new WeekSpan { Start = l.Start, End = l.End })],
        Commitments = [.. person.Commitments.Select(c => new CommitmentInfo { Start = c.Start, End = c.End, Load = c.Load })],
        Bookings = [.. person.Bookings.Select(ToInfo)],
        Duty = person.Duty?.ToInfo(),
    };

    public static Booking ToDomain(this BookingInfo b) => new(b.Seat, b.Project, b.Client, b.Load, b.Start, b.End);

    public static BookingInfo ToInfo(this Booking b) =>
        new() { Seat = b.Seat, Project = b.Project, Client = b.Client, Load = b.Load, Start = b.Start, End = b.End };

    public static PartnerDuty ToDomain(this PartnerDutyInfo d) => new(d.Client, d.Load);

    public static PartnerDutyInfo ToInfo(this PartnerDuty d) => new() { Client = d.Client, Load = d.Load };

    public static StaffChange ToDomain(this StaffChangeRequest r) => new()
    {
        Book = [.. r.Book.Select(ToDomain)],
        Release = [.. r.Release],
        ChangesDuty = r.ChangesDuty,
        Duty = r.Duty?.ToDomain(),
    };

    public static StaffChangeRequest ToInfo(this StaffChange c) => new()
    {
        Book = [.. c.Book.Select(ToInfo)],
        Release = [.. c.Release],
        ChangesDuty = c.ChangesDuty,
        Duty = c.Duty?.ToInfo(),
    };

    public static ClashInfo ToInfo(this Clash clash) => new()
    {
        Staff = clash.Staff,
        Requested = clash.Requested,
        Message = clash.Message,
        Weeks = [.. clash.Weeks.Select(w => new WeekClashInfo
        {
            Week = w.Week,
            Capacity = w.Capacity,
            Existing = w.Existing,
            Requested = w.Requested,
            Over = w.Over,
            Causes = [.. w.Causes.Select(c => new ClashCauseInfo { Kind = c.Kind, Id = c.Id, Load = c.Load, Start = c.Start, End = c.End })],
        })],
    };
}
