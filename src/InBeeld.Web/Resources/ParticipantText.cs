namespace InBeeld.Web.Resources;

/// <summary>Texts of the participant pages (Pages/Participants). Dutch in ParticipantText.resx, English in ParticipantText.en.resx.</summary>
public sealed class ParticipantText;
