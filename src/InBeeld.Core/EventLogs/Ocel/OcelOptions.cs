namespace InBeeld.Core.EventLogs.Ocel;

/// <summary>
/// How an object-centric log (OCEL 2.0) becomes a case log: every object of
/// <see cref="ObjectType"/> is a case, and every event related to it is one of its events (an
/// event related to two such objects appears in both cases). Resource and organisation come from
/// event attributes with these names (compared without regard to case).
/// </summary>
public sealed record OcelOptions
{
    /// <summary>The object type to flatten on; may be left out when the log has only one.</summary>
    public string? ObjectType { get; init; }

    public IReadOnlyList<string> ResourceAttributes { get; init; } = ["org:resource", "resource", "medewerker"];

    public IReadOnlyList<string> OrganizationAttributes { get; init; } = ["org:group", "organization", "organisation", "organisatie"];
}
