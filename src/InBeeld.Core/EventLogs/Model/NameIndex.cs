namespace InBeeld.Core.EventLogs.Model;

/// <summary>
/// Interns names (activities, resources, organisations) to dense indexes in order of first use.
/// Readers that parse bytes look names up as character spans, so a name is turned into a string
/// only the first time it is seen.
/// </summary>
public sealed class NameIndex
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
    private readonly List<string> _names = [];

    public NameIndex()
    {
        _spanLookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _names.Count;

    public IReadOnlyList<string> Names => _names;

    public string this[int index] => _names[index];

    public int Intern(string name)
    {
        if (!_index.TryGetValue(name, out var index))
        {
            index = _names.Count;
            _index.Add(name, index);
            _names.Add(name);
        }

        return index;
    }

    public int Intern(ReadOnlySpan<char> name)
    {
        if (_spanLookup.TryGetValue(name, out var index))
        {
            return index;
        }

        return Intern(name.ToString());
    }

    /// <summary>The index of <paramref name="name"/>, or <see cref="EventLog.None"/> when it was never interned.</summary>
    public int Find(string name) => _index.GetValueOrDefault(name, EventLog.None);

    internal string[] ToArray() => [.. _names];
}
