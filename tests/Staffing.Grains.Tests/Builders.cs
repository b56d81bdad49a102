using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains.Tests;

/// <summary>Small, valid test data with unique ids.</summary>
internal static class Builders
{
    public static StaffInfo Person(string id, int capacity = 100, Grade grade = Grade.Consultant) =>
        new() { Id = id, Name = "Test Person", Grade = grade, Region = "emea", Capacity = capacity, CostPerWeek = 5000, BillPerWeek = 9000 };

    public static BookingInfo Booking(string seat, int load, int start, int end, string project = "p-test", string client = "c-test") =>
        new() { Seat = seat, Project = project, Client = client, Load = load, Start = start, End = end };

    public static ClientInfo Client(string id, Tier tier = Tier.Ordinary) => new() { Id = id, Name = "Test Client", Industry = "retail", Tier = tier };

    public static ProjectInfo Project(string id, string clientId, params SeatInfo[] seats) =>
        new() { Id = id, ClientId = clientId, Name = "Test Project", Region = "emea", Status = ProjectStatus.Active, Seats = [.. seats] };

    public static SeatInfo Seat(string id, int load, int start, int end) => new() { Id = id, Load = load, Start = start, End = end };
}
