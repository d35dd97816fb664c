namespace InBeeld.Core.Validation;

/// <summary>
/// A problem with user input. <see cref="Location"/> names where it is — a form field, a JSON
/// path such as <c>$.interviews[3].steps[0].experience</c>, or a file and line — and
/// <see cref="Message"/> says in the user's language what is wrong.
/// </summary>
public sealed record ValidationError(string Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
