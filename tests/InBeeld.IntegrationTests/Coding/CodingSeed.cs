using InBeeld.Core.Interviews;
using InBeeld.Data;
using InBeeld.IntegrationTests.Analysis;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Coding;

/// <summary>
/// The analysis seed (three consented interviews I1–I3 and I4 without consent) with one quote on
/// the first step of every interview and a transcript with CRLF line endings on I1.
/// </summary>
internal sealed record CodingSeed(AnalysisSeed Analysis, Guid[] FirstSteps, Guid[] Quotes)
{
    /// <summary>I1's transcript as stored (CRLF). In the unit of a TextRange (code points, LF) "wachten" starts at 21.</summary>
    public const string Transcript = "Ik meldde me aan.\r\nEn wachten, wachten op de UWV. 🙂 Daarna de gemeente.";

    public static readonly string[] QuoteTexts =
    [
        "Ik moest mijn verhaal steeds opnieuw vertellen aan het loket.",
        "Niemand belde terug, ik heb weken gewacht op een antwoord.",
        "De consulent nam de tijd en legde alles uit.",
        "Ik moest weer opnieuw mijn verhaal vertellen.",
    ];

    public Guid Study => Analysis.Study;

    public static async Task<CodingSeed> CreateAsync(TestDatabase database)
    {
        var analysis = await AnalysisSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var steps = new Guid[4];
        var quotes = new Guid[4];
        for (var n = 0; n < 4; n++)
        {
            var interviewId = analysis.Interviews[n];
            steps[n] = await db.Steps.Where(s => s.InterviewId == interviewId && s.Order == 0).Select(s => s.Id).SingleAsync();
            var quote = new Quote { StepId = steps[n], Text = QuoteTexts[n] };
            db.Quotes.Add(quote);
            quotes[n] = quote.Id;
        }

        var first = await db.Interviews.SingleAsync(i => i.Id == analysis.Interviews[0]);
        first.Transcript = Transcript;
        await db.SaveChangesAsync();
        return new CodingSeed(analysis, steps, quotes);
    }

    public Guid Interview(int n) => Analysis.Interviews[n];

    public static Task<List<Core.Analysis.Coding.Coding>> CodingsAsync(InBeeldDbContext db) => db.Codings.AsNoTracking().ToListAsync();
}
