using System.Text;
using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Reading;

/// <summary>
/// Looks names up in a <see cref="NameIndex"/> by their UTF-8 bytes, so a byte-level reader turns a
/// name into a string only the first time it sees it. Sits beside the index it feeds (which other
/// readers may fill by string too), and maps its own numbers to the index's.
/// </summary>
internal sealed class Utf8NameIndex(NameIndex names)
{
    private readonly Utf8Interner _bytes = new();
    private readonly List<int> _toIndex = [];

    public NameIndex Names => names;

    public int Intern(ReadOnlySpan<byte> utf8)
    {
        var found = _bytes.Find(utf8);
        if (found >= 0)
        {
            return _toIndex[found];
        }

        var index = names.Intern(Encoding.UTF8.GetString(utf8));
        _bytes.Add(utf8);
        _toIndex.Add(index);
        return index;
    }
}
