using System.Globalization;
using System.Text;

namespace InBeeld.Core.Interchange.Schema;

/// <summary>
/// The path to the value being validated, kept as segments and rendered only when an error needs
/// it (as <c>$.interviews[3].steps[0].experience</c>), so valid files cost no string building.
/// </summary>
internal sealed class JsonPathBuilder
{
    private readonly List<(string? Name, int Index)> _segments = [];

    public void Push(string name) => _segments.Add((name, -1));

    public void Push(int index) => _segments.Add((null, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public string Child(string name)
    {
        Push(name);
        var text = ToString();
        Pop();
        return text;
    }

    /// <summary>The path of property <paramref name="name"/> under <paramref name="parent"/>, quoted when needed.</summary>
    public static string Property(string parent, string name) =>
        IsPlainName(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public override string ToString()
    {
        var builder = new StringBuilder("$");
        foreach (var (name, index) in _segments)
        {
            if (name is null)
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (IsPlainName(name))
            {
                builder.Append('.').Append(name);
            }
            else
            {
                builder.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            }
        }

        return builder.ToString();
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
