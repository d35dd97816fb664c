using InBeeld.Core.Interviews;
using InBeeld.Core.Localization;
using InBeeld.Core.Validation;

namespace InBeeld.Core.DesiredJourneys;

/// <summary>Checks on a desired journey's title and steps; locations are input property names.</summary>
public static class DesiredJourneyRules
{
    public const int MaxTitleLength = 200;
    public const int MaxNoteLength = 1_000;

    public static IReadOnlyList<ValidationError> ValidateTitle(string? title)
    {
        var trimmed = title?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return [new("Title", ImprovementText.Get("Desired_TitleRequired"))];
        }

        return trimmed.Length > MaxTitleLength ? [new("Title", ImprovementText.Get("Desired_TitleTooLong", MaxTitleLength))] : [];
    }

    public static IReadOnlyList<ValidationError> ValidateStep(DesiredStepInput input, IReadOnlySet<Guid> phases, IReadOnlySet<Guid> organizations, IReadOnlySet<Guid> channels)
    {
        var errors = new List<ValidationError>();
        var description = input.Description?.Trim();
        if (string.IsNullOrEmpty(description))
        {
            errors.Add(new(nameof(DesiredStepInput.Description), ImprovementText.Get("Desired_DescriptionRequired")));
        }
        else if (description.Length > InterviewRules.MaxDescriptionLength)
        {
            errors.Add(new(nameof(DesiredStepInput.Description), ImprovementText.Get("Desired_DescriptionTooLong", InterviewRules.MaxDescriptionLength)));
        }

        if (input.PhaseId is { } phase && !phases.Contains(phase))
        {
            errors.Add(new(nameof(DesiredStepInput.PhaseId), ImprovementText.Get("Desired_PhaseNotInStudy")));
        }

        if (input.OrganizationId is { } organization && !organizations.Contains(organization))
        {
            errors.Add(new(nameof(DesiredStepInput.OrganizationId), ImprovementText.Get("Desired_OrganizationNotInStudy")));
        }

        if (input.ChannelId is { } channel && !channels.Contains(channel))
        {
            errors.Add(new(nameof(DesiredStepInput.ChannelId), ImprovementText.Get("Desired_ChannelNotInStudy")));
        }

        if (!Enum.IsDefined(input.Handover))
        {
            errors.Add(new(nameof(DesiredStepInput.Handover), ImprovementText.Get("Desired_UnknownHandover")));
        }

        if (input.WaitingDays is < 0)
        {
            errors.Add(new(nameof(DesiredStepInput.WaitingDays), ImprovementText.Get("Desired_NegativeWait")));
        }

        if (!InterviewRules.IsValidExperience(input.TargetExperience))
        {
            errors.Add(new(nameof(DesiredStepInput.TargetExperience), ImprovementText.Get("Desired_ExperienceOutOfRange", InterviewRules.MinExperience, InterviewRules.MaxExperience)));
        }

        if (input.Note is { Length: > MaxNoteLength })
        {
            errors.Add(new(nameof(DesiredStepInput.Note), ImprovementText.Get("Desired_NoteTooLong", MaxNoteLength)));
        }

        return errors;
    }

    public static void Apply(DesiredStepInput input, DesiredStep step)
    {
        step.Description = input.Description!.Trim();
        step.PhaseId = input.PhaseId;
        step.OrganizationId = input.OrganizationId;
        step.ChannelId = input.ChannelId;
        step.Handover = input.Handover;
        step.WaitingDays = input.WaitingDays;
        step.TargetExperience = input.TargetExperience;
        step.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
    }
}
