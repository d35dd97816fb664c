using System.Text;
using InBeeld.Core.Calendar;

namespace InBeeld.Core.Tests.Improvement;

public sealed class IcsWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 22, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void AllDayEvent_HasDateValues_AndCrlfLines()
    {
        var ics = IcsWriter.Write("Acties", [new CalendarEvent("a1-due@inbeeld", new DateOnly(2026, 12, 31), "Streefdatum: warme overdracht", null, null)], Stamp);

        ics.ShouldStartWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        ics.ShouldEndWith("END:VCALENDAR\r\n");
        ics.ShouldContain("\r\nDTSTART;VALUE=DATE:20261231\r\n");
        // DTEND is exclusive (RFC 5545 3.6.1): the day after.
        ics.ShouldContain("\r\nDTEND;VALUE=DATE:20270101\r\n");
        ics.ShouldContain("\r\nDTSTAMP:20261122T083000Z\r\n");
        ics.ShouldContain("\r\nUID:a1-due@inbeeld\r\n");
        ics.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain("\n");
    }

    [Fact]
    public void TextValues_AreEscaped()
    {
        IcsWriter.Escape("a,b;c\\d\ne").ShouldBe("a\\,b\\;c\\\\d\\ne");
    }

    [Fact]
    public void LongLines_AreFoldedAt75Octets_WithoutSplittingACharacter()
    {
        // 70 ASCII letters then "ëëëë": "SUMMARY:" (8) + 70 = 78 octets would already pass 75, and
        // each ë is two octets in UTF-8, so a fold inside one would corrupt it.
        var summary = new string('a', 64) + "ëëëëëëëëëë" + new string('b', 80);
        var ics = IcsWriter.Write("Acties", [new CalendarEvent("x", new DateOnly(2026, 12, 1), summary, null, null)], Stamp);

        var lines = ics.Split("\r\n");
        lines.ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        unfolded.ShouldContain("\r\nSUMMARY:" + summary + "\r\n");
        lines.Count(l => l.StartsWith(' ')).ShouldBe(2);
    }

    [Fact]
    public void Events_AreOrderedByDate_ThenUid()
    {
        var ics = IcsWriter.Write("Acties",
        [
            new CalendarEvent("b", new DateOnly(2026, 12, 2), "later", null, null),
            new CalendarEvent("z", new DateOnly(2026, 12, 1), "eerst z", null, null),
            new CalendarEvent("a", new DateOnly(2026, 12, 1), "eerst a", null, null),
        ], Stamp);
        var uids = ics.Split("\r\n").Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).ToList();
        uids.ShouldBe(["UID:a", "UID:z", "UID:b"]);
    }
}
