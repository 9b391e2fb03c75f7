using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Data.Generation;

/// <summary>
/// Visits rooms and session timetables. Littlehey's is its published timetable (Tue–Fri 14:00–16:00, Sat–Sun
/// 09:00–11:00 and 14:00–16:00). Wymott's halls are as its strategy describes them (19 and 16 tables, 3 booths each);
/// its session times are not published in the sources, so the demo uses plausible ones, including an evening session.
/// Any other establishment (Stoke Heath, and the national database's generated ones) gets one hall with five afternoon
/// sessions and a Thursday evening, and a closed visits area. Part of the one data generator (decision 0033).
/// </summary>
public static class TimetableGenerator
{
    public static (List<Room> Rooms, List<SessionTemplate> Sessions) For(Establishment e, DateOnly validFrom)
    {
        var rooms = new List<Room>();
        var sessions = new List<SessionTemplate>();
        Room Add(string name, RoomKind kind, int tables, int booths, string facilities)
        {
            var room = new Room { EstablishmentId = e.Id, Name = name, Kind = kind, Tables = tables, ClosedBooths = booths, Facilities = facilities };
            rooms.Add(room);
            return room;
        }
        void Session(Room room, DayOfWeek day, int startHour, int endHour, int open, int closed, VisitType type = VisitType.Social,
            string levels = "", string startMinute = "00")
        {
            var start = new TimeOnly(startHour, int.Parse(startMinute, System.Globalization.CultureInfo.InvariantCulture));
            sessions.Add(new SessionTemplate
            {
                EstablishmentId = e.Id, Room = room, DayOfWeek = day, StartTime = start, EndTime = new TimeOnly(endHour, 0),
                ValidFrom = validFrom, OpenCapacity = open, ClosedCapacity = closed, VisitType = type, IncentiveLevels = levels,
                Name = $"{day} {(start >= SessionTemplate.EveningStarts ? "evening" : start.Hour < 12 ? "morning" : "afternoon")}",
            });
        }

        switch (e.Code)
        {
            case "LHI":
            {
                var hall = Add("Visits hall", RoomKind.VisitsHall, 30, 2, "Play area, refreshments, hearing loop");
                foreach (var day in new[] { DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
                {
                    Session(hall, day, 14, 16, 30, 2);
                }
                foreach (var day in new[] { DayOfWeek.Saturday, DayOfWeek.Sunday })
                {
                    Session(hall, day, 9, 11, 30, 2);
                    Session(hall, day, 14, 16, 30, 2);
                }
                break;
            }
            case "WYI":
            {
                var hall1 = Add("Visits hall 1", RoomKind.VisitsHall, 19, 3, "Quiet area, reading corner, stair lift, hearing loop");
                var hall2 = Add("Visits hall 2", RoomKind.VisitsHall, 16, 3, "Quiet area, hearing loop");
                foreach (var day in new[] { DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday, DayOfWeek.Sunday })
                {
                    Session(hall1, day, 14, 16, 19, 3);
                }
                foreach (var day in new[] { DayOfWeek.Wednesday, DayOfWeek.Friday })
                {
                    Session(hall2, day, 14, 16, 16, 3);
                }
                Session(hall2, DayOfWeek.Wednesday, 18, 20, 16, 0, startMinute: "00");
                Session(hall1, DayOfWeek.Saturday, 9, 11, 19, 0, VisitType.Enhanced, levels: "Enhanced", startMinute: "30");
                break;
            }
            default:
            {
                var hall = Add("Visits hall", RoomKind.VisitsHall, 24, 0, "Play area run by Pact");
                var closedArea = Add("Closed visits area", RoomKind.ClosedVisitsArea, 0, 4, "");
                foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday })
                {
                    Session(hall, day, 14, 16, 24, 0);
                }
                Session(closedArea, DayOfWeek.Thursday, 14, 16, 0, 4);
                Session(hall, DayOfWeek.Thursday, 17, 19, 20, 0);
                break;
            }
        }
        return (rooms, sessions);
    }
}
