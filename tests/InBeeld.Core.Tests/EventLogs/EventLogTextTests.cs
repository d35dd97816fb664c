using System.Collections;
using System.Globalization;
using System.Resources;
using InBeeld.Core.EventLogs;
using InBeeld.Core.EventLogs.Xes;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Tests.EventLogs;

public sealed class EventLogTextTests
{
    [Fact]
    public void EveryDutchText_HasAnEnglishTranslation_AndNoMore()
    {
        var resources = new ResourceManager("InBeeld.Core.EventLogs.EventLogText", typeof(EventLogText).Assembly);

        var dutch = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!);
        var english = Keys(resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false)!);

        dutch.Count.ShouldBeGreaterThan(80);
        english.ShouldBe(dutch, ignoreOrder: true);
    }

    [Fact]
    public void Messages_FollowTheUiLanguage()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var error = Should.Throw<InputRejectedException>(() =>
                XesReader.Read(Sources.Text("<log><trace><string key=\"concept:name\" value=\"1\"/><event><string key=\"concept:name\" value=\"A\"/></event></trace></log>"), Sources.Options()))
                .Errors.Single();

            // "<event>" starts at column 51; XmlReader points at its name, column 52.
            error.ShouldBe(new ValidationError("test.xes, line 1, position 52", "This event has no timestamp."));
            DurationText.Format(TimeSpan.FromHours(30)).ShouldBe("30.0 h");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        DurationText.Format(TimeSpan.FromHours(30)).ShouldBe("30,0 uur");
        DurationText.Format(TimeSpan.FromDays(3.25)).ShouldBe("3,3 d");
        DurationText.Format(TimeSpan.FromSeconds(42)).ShouldBe("42 s");
    }

    private static List<string> Keys(ResourceSet set) => [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
}
