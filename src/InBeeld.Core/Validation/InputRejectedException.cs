namespace InBeeld.Core.Validation;

/// <summary>
/// Thrown when user input is refused as a whole (an import, a form). Carries every problem found,
/// so the user can fix them in one go; nothing has been changed when it is thrown.
/// </summary>
public sealed class InputRejectedException : Exception
{
    public InputRejectedException(IReadOnlyList<ValidationError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    public InputRejectedException(string location, string message)
        : this([new ValidationError(location, message)])
    {
    }

    public IReadOnlyList<ValidationError> Errors { get; }
}
