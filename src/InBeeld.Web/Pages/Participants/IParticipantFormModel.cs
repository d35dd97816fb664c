using InBeeld.Core.Participants;

namespace InBeeld.Web.Pages.Participants;

/// <summary>What <c>_ParticipantFields</c> needs from the Create and Edit pages.</summary>
public interface IParticipantFormModel
{
    ParticipantInput Input { get; }

    IReadOnlyList<AttributeDefinition> Definitions { get; }
}
