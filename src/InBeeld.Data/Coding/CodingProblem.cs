namespace InBeeld.Data.Coding;

/// <summary>Why a codebook or coding change was refused: the form field it concerns and a message for the user. Nothing was changed.</summary>
public sealed record CodingProblem(string Field, string Message)
{
    internal static CodingProblem Of(string field, string key, params object?[] args) => new(field, CodingText.Get(key, args));
}
