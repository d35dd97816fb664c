using InBeeld.Data.Maps;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Maps;

public sealed class QuoteOnMapTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Pick_MovesTheQuoteToTheFrontAndTheMapShowsIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid studyId, interviewId, third;
        await using (var db = database.CreateContext())
        {
            studyId = await MapSamples.ImportAsync(db);
            interviewId = await MapSamples.InterviewIdAsync(db, "ACH-07");
            third = await db.Quotes.Where(q => q.Text == "Niemand belde terug.").Select(q => q.Id).SingleAsync();
        }

        await using (var db = database.CreateContext())
        {
            (await QuoteOnMap.PickAsync(db, studyId, interviewId, third, CancellationToken.None)).ShouldBeTrue();
        }

        await using (var db = database.CreateContext())
        {
            var step = (await new InterviewMapQuery(db).GetAsync(studyId, interviewId, CancellationToken.None))!.Model.Steps[0];
            step.Quote.ShouldBe("Niemand belde terug.");
            step.OtherQuotes.ShouldBe(["Ze zei: kijk maar op internet.", "Ik wist niet waar ik moest beginnen."]);
            (await db.Quotes.Where(q => q.Id == third).Select(q => q.Order).SingleAsync()).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Pick_OfAnotherInterviewsQuote_ChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var studyId = await MapSamples.ImportAsync(db);
        var other = await MapSamples.InterviewIdAsync(db, "ACH-09");
        var quote = await db.Quotes.Where(q => q.Text == "Niemand belde terug.").Select(q => q.Id).SingleAsync();

        (await QuoteOnMap.PickAsync(db, studyId, other, quote, CancellationToken.None)).ShouldBeFalse();
        (await QuoteOnMap.PickAsync(db, Guid.NewGuid(), await MapSamples.InterviewIdAsync(db, "ACH-07"), quote, CancellationToken.None)).ShouldBeFalse();
        (await db.Quotes.Where(q => q.Id == quote).Select(q => q.Order).SingleAsync()).ShouldBe(2);
    }
}
