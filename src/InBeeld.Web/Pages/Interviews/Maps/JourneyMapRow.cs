namespace InBeeld.Web.Pages.Interviews.Maps;

/// <summary>One row of the map's table alternative: what the map shows of a step, in words.</summary>
public sealed record JourneyMapRow(
    int Number,
    string? Phase,
    string? Organization,
    string? Channel,
    string Description,
    string Experience,
    string? PainPoint,
    string? BrightSpot,
    IReadOnlyList<JourneyMapQuote> Quotes,
    string? Handover);

/// <summary>A quote of a step; <see cref="OnMap"/> for the one the map prints.</summary>
public sealed record JourneyMapQuote(Guid Id, string Text, bool OnMap);
