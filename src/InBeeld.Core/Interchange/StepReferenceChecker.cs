using InBeeld.Core.Localization;

namespace InBeeld.Core.Interchange;

/// <summary>Checks that a step's names refer to vocabulary defined in the document, and that its date exists.</summary>
internal sealed class StepReferenceChecker(
    HashSet<string> organizations, HashSet<string> phases, HashSet<string> channels, HashSet<string> turningPoints)
{
    public void Check(StepItem step, string path, ValidationErrorList errors)
    {
        Reference(step.Organization, organizations, "Kind_Organization", "organizations", $"{path}.organization", errors);
        Reference(step.Phase, phases, "Kind_Phase", "phases", $"{path}.phase", errors);
        Reference(step.Channel, channels, "Kind_Channel", "channels", $"{path}.channel", errors);
        Reference(step.TurningPoint, turningPoints, "Kind_TurningPoint", "turningPoints", $"{path}.turningPoint", errors);
        if (step.Date is { } date && !StepDate.TryParse(date, out _))
        {
            errors.Add($"{path}.date", CoreText.Get("Date_NotExisting", date));
        }
    }

    private static void Reference(string? name, HashSet<string> known, string kindKey, string list, string location, ValidationErrorList errors)
    {
        if (name is not null && !known.Contains(name))
        {
            errors.Add(location, StudyDocumentValidator.Unknown(kindKey, name, list));
        }
    }
}
