using InBeeld.Core.Interchange;

namespace InBeeld.Data.Interchange;

/// <summary>Everything of a study except its interviews, in file form, plus id → name maps for the steps.</summary>
internal sealed record StudyHeader(
    StudyInfo Study,
    List<OrganizationItem> Organizations,
    List<PhaseItem> Phases,
    List<TurningPointItem> TurningPoints,
    List<ChannelItem> Channels,
    List<AttributeItem> Attributes,
    List<ParticipantItem> Participants,
    Dictionary<Guid, string> OrganizationNames,
    Dictionary<Guid, string> PhaseNames,
    Dictionary<Guid, string> TurningPointNames,
    Dictionary<Guid, string> ChannelNames,
    Dictionary<Guid, string> ParticipantCodes);
