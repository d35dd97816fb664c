using System.Text.RegularExpressions;
using InBeeld.BrowserTests.Infrastructure;
using InBeeld.Core.Access;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.IntegrationTests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.Security;

[Collection(BrowserCollection.Name)]
public sealed class SignInAndAccessTests(BrowserFixture browser)
{
    [Fact]
    public async Task Administrator_SetsUpTwoFactor_ReaderIsRefusedATranscript_AndTheAuditLogShowsTheAttempt()
    {
        var admin = "beheerder-" + Guid.NewGuid().ToString("N")[..6];
        var reader = "lezer-" + Guid.NewGuid().ToString("N")[..6];
        await browser.CreateAccountAsync(admin, administrator: true);
        await browser.CreateAccountAsync(reader);
        var (studyId, interviewId) = await browser.SeedAsync(db =>
        {
            var study = new Study { Title = "Toegangstoets", IsFictitious = true, CreatedAt = DateTimeOffset.UtcNow };
            var participant = new Participant { StudyId = study.Id, Code = "TT-001" };
            var interview = new Interview
            {
                StudyId = study.Id, ParticipantId = participant.Id, Date = new DateOnly(2026, 3, 2), Transcript = "Het hele gesprek",
                Consent = new Consent { Given = true },
            };
            db.AddRange(study, participant, interview);
            return (study.Id, interview.Id);
        });
        await browser.GrantAsync(studyId, reader, StudyRole.Reader);

        // 1. The administrator signs in and must set up two-factor sign-in before anything else.
        await using (var session = await browser.NewSessionAsync(signedIn: false))
        {
            var page = session.Page;
            await session.VisitAsync("/account/login", "login");
            await SignInAsync(session, admin, "forced to two-factor set-up");
            await Expect(page).ToHaveURLAsync(new Regex("/account/two-factor$"));
            var key = (await page.GetByTestId("shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
            await page.GetByLabel("Code").FillAsync(Totp.Now(key));
            await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }), "recovery codes");
            await Expect(page.GetByTestId("recovery-codes").GetByRole(AriaRole.Listitem)).ToHaveCountAsync(10);

            // Sign out and in again: now the second step is asked for.
            await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }), "signed out");
            await SignInAsync(session, admin, "second step");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tweestapsverificatie");
            await page.GetByLabel("Code").FillAsync(Totp.Now(key));
            await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).Last, "signed in with two factors");
            await session.VisitAsync("/admin/users", "accounts");
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(reader);
            await session.FinishAsync();
        }

        // 2. The reader is refused the interview (and its transcript).
        await using (var session = await browser.NewSessionAsync(signedIn: false))
        {
            var page = session.Page;
            await session.VisitAsync("/account/login", "login");
            await SignInAsync(session, reader, "reader home");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Toegangstoets" })).ToBeVisibleAsync();
            session.ExpectStatus(403, $"/interviews/{interviewId}");
            await session.VisitAsync($"/studies/{studyId}/interviews/{interviewId}", "refused");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
            await Expect(page.GetByText("Het hele gesprek")).ToHaveCountAsync(0);
            await session.FinishAsync();
        }

        // 3. The administrator finds the refused attempt in the audit log.
        await using (var session = await browser.NewSessionAsync(signedIn: false))
        {
            var page = session.Page;
            await session.VisitAsync("/account/login", "login again");
            var key = await browser.AuthenticatorKeyAsync(admin);
            await SignInAsync(session, admin, "second step again");
            await page.GetByLabel("Code").FillAsync(Totp.Now(key));
            await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).Last, "signed in");
            await session.VisitAsync($"/admin/audit?Filter.Actor={reader}&Filter.Action=denied", "audit log filtered");
            var rows = page.GetByTestId("audit-table").Locator("tbody tr");
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows.First).ToContainTextAsync("Toegang geweigerd");
            await Expect(rows.First).ToContainTextAsync(interviewId.ToString());
            await session.FinishAsync();
        }
    }

    private static async Task SignInAsync(BrowserSession session, string userName, string step)
    {
        var page = session.Page;
        await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await page.GetByLabel("Wachtwoord").FillAsync(BrowserFixture.Password);
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).Last, step);
    }
}
