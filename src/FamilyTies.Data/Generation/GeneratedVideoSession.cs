namespace FamilyTies.Data.Generation;

/// <summary>A weekly video call session and the booth or laptop it runs on.</summary>
public sealed record GeneratedVideoSession(int ResourceId, int SessionId, DayOfWeek Day, TimeOnly Start, TimeOnly End);
