namespace InBeeld.Core.Interviews;

/// <summary>
/// Informed consent for one interview. For participants under 16 a parent or guardian gives it
/// (<see cref="GivenByGuardian"/>), as the AVG requires.
/// </summary>
public sealed class Consent
{
    public bool Given { get; set; }
    public DateOnly? Date { get; set; }
    public string? RecordedBy { get; set; }
    public bool GivenByGuardian { get; set; }
}
