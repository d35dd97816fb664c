namespace InBeeld.Core.Participants;

/// <summary>
/// A participant attribute the researcher defines per study (age band, municipality,
/// country of origin, ...). Values are stored as canonical text and checked against <see cref="Type"/>.
/// </summary>
public sealed class AttributeDefinition
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }

    /// <summary>Stable machine key (e.g. "leeftijdsgroep"), used in JSON import and export.</summary>
    public required string Key { get; set; }
    public required string Label { get; set; }
    public AttributeType Type { get; set; }

    /// <summary>Allowed values for <see cref="AttributeType.Choice"/>; empty for other types.</summary>
    public List<string> Choices { get; set; } = [];
    public int Order { get; set; }
}
