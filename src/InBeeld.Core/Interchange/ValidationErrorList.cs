using InBeeld.Core.Localization;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Interchange;

/// <summary>
/// Collects every problem in an import, up to a cap: a file with thousands of the same mistake
/// should produce a readable list, not a wall of text. Errors past the cap are still counted, so
/// the user learns how many there are.
/// </summary>
public sealed class ValidationErrorList(int maxErrors = ValidationErrorList.DefaultMaxErrors)
{
    public const int DefaultMaxErrors = 50;

    private readonly List<ValidationError> _errors = [];

    /// <summary>Every error seen, including those beyond the cap.</summary>
    public int Count { get; private set; }

    public IReadOnlyList<ValidationError> Errors => _errors;

    public void Add(string location, string message)
    {
        Count++;
        if (_errors.Count < maxErrors)
        {
            _errors.Add(new ValidationError(location, message));
        }
    }

    /// <summary>Throws <see cref="InputRejectedException"/> listing the errors, if there are any.</summary>
    public void ThrowIfAny()
    {
        if (Count == 0)
        {
            return;
        }

        var errors = new List<ValidationError>(_errors);
        if (Count > _errors.Count)
        {
            errors.Add(new ValidationError("…", CoreText.Get("Errors_More", Count - _errors.Count, _errors.Count)));
        }

        throw new InputRejectedException(errors);
    }
}
