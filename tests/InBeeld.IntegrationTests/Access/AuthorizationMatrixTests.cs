using System.Net;
using InBeeld.Core.Access;
using InBeeld.Core.Actions;
using InBeeld.Data.Actions;
using InBeeld.Data.DesiredJourneys;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InBeeld.IntegrationTests.Access;

/// <summary>
/// Every page route × every kind of person: allowed or refused, as this table says — written here
/// independently of the attributes on the pages, so a wrong attribute fails. A route that is not in
/// the table (a new page without a rule) fails the test too.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private enum Who { Anonymous, Coordinator, Researcher, ChainPartner, Reader, OtherStudyMember, Administrator }

    private static readonly Who[] SignedIn = [Who.Coordinator, Who.Researcher, Who.ChainPartner, Who.Reader, Who.OtherStudyMember, Who.Administrator];
    private static readonly Who[] Everyone = [Who.Anonymous, .. SignedIn];
    private static readonly Who[] StudyMembers = [Who.Coordinator, Who.Researcher, Who.ChainPartner, Who.Reader];
    private static readonly Who[] Patterns = [Who.Coordinator, Who.Researcher, Who.ChainPartner];
    private static readonly Who[] RawData = [Who.Coordinator, Who.Researcher];

    private static readonly Dictionary<string, Who[]> Expected = new()
    {
        [""] = SignedIn,
        ["Index"] = SignedIn,
        ["Error"] = Everyone,
        ["Language"] = Everyone,
        ["setup"] = Everyone,
        ["account/login"] = Everyone,
        ["account/login/two-factor"] = Everyone,
        ["account/logout"] = SignedIn,
        ["account/two-factor"] = SignedIn,
        ["account/password"] = SignedIn,
        ["admin/users"] = [Who.Administrator],
        ["admin/audit"] = [Who.Administrator],
        ["studies/new"] = SignedIn,
        ["studies/{studyId:guid}"] = StudyMembers,
        ["studies/{studyId:guid}/edit"] = [Who.Coordinator],
        ["studies/{studyId:guid}/vocabulary"] = [Who.Coordinator],
        ["studies/{studyId:guid}/overview"] = Patterns,
        ["studies/{studyId:guid}/members"] = [Who.Coordinator, Who.Administrator],
        ["studies/{studyId:guid}/audit"] = [Who.Coordinator],
        ["studies/{studyId:guid}/steps"] = Patterns,
        ["studies/{studyId:guid}/steps/{stepId:guid}"] = Patterns,
        ["studies/{studyId:guid}/participants"] = RawData,
        ["studies/{studyId:guid}/participants/new"] = RawData,
        ["studies/{studyId:guid}/participants/{participantId:guid}/edit"] = RawData,
        ["studies/{studyId:guid}/participants/{participantId:guid}/consent"] = RawData,
        ["studies/{studyId:guid}/participants/{participantId:guid}/contact"] = [Who.Coordinator],
        ["studies/{studyId:guid}/participants/{participantId:guid}/rights"] = [Who.Coordinator],
        ["studies/{studyId:guid}/interviews"] = RawData,
        ["studies/{studyId:guid}/interviews/new"] = RawData,
        ["studies/{studyId:guid}/interviews/{interviewId:guid}"] = RawData,
        ["studies/{studyId:guid}/interviews/{interviewId:guid}/edit"] = RawData,
        ["studies/{studyId:guid}/interviews/{interviewId:guid}/route"] = RawData,
        ["studies/{studyId:guid}/interviews/{interviewId:guid}/map"] = RawData,
        ["studies/{studyId:guid}/interviews/{interviewId:guid}/steps/{stepId:guid?}"] = RawData,
        ["studies/{studyId:guid}/actions"] = Patterns,
        ["studies/{studyId:guid}/actions/new"] = RawData,
        ["studies/{studyId:guid}/actions/attention"] = [Who.Coordinator],
        ["studies/{studyId:guid}/actions/{actionId:guid}"] = Patterns,
        ["studies/{studyId:guid}/actions/{actionId:guid}/edit"] = RawData,
        // Only for a member whose organisation owns the action: the test's action is the chain partner's.
        ["studies/{studyId:guid}/actions/{actionId:guid}/status"] = [Who.ChainPartner],
        ["studies/{studyId:guid}/reviews"] = Patterns,
        ["studies/{studyId:guid}/reviews/new"] = [Who.Coordinator],
        ["studies/{studyId:guid}/plan"] = Patterns,
        ["studies/{studyId:guid}/desired"] = Patterns,
        ["studies/{studyId:guid}/desired/new"] = RawData,
        // Copied from an interview, so it carries interview words: only those who read interviews.
        ["studies/{studyId:guid}/desired/{journeyId:guid}"] = RawData,
        ["studies/{studyId:guid}/desired/{journeyId:guid}/edit"] = RawData,
        ["studies/{studyId:guid}/glossary"] = Patterns,
        ["studies/{studyId:guid}/remeasurement"] = Patterns,
        ["account/calendar"] = SignedIn,
        // Without its secret token nobody gets a calendar feed, signed in or not.
        ["calendar/{userId:guid}/acties.ics"] = [],
        ["studies/{studyId:guid}/codebook"] = RawData,
        ["studies/{studyId:guid}/interviews/{interviewId:guid}/coding"] = RawData,
        ["studies/{studyId:guid}/agreement"] = RawData,
        ["studies/{studyId:guid}/analysis"] = Patterns,
        ["studies/{studyId:guid}/analysis/evidence"] = Patterns,
        ["studies/{studyId:guid}/analysis/report"] = Patterns,
        ["studies/{studyId:guid}/composites"] = Patterns,
        ["studies/{studyId:guid}/composites/propose"] = RawData,
        ["studies/{studyId:guid}/composites/groups/{groupId:guid}"] = RawData,
        ["studies/{studyId:guid}/composites/groups/{groupId:guid}/journey"] = Patterns,
        ["studies/{studyId:guid}/composites/steps/{compositeStepId:guid}/sources"] = RawData,
        ["studies/{studyId:guid}/composites/steps/{compositeStepId:guid}/edit"] = RawData,
        ["studies/{studyId:guid}/personas/edit/{personaId:guid?}"] = RawData,
        ["studies/{studyId:guid}/personas/{personaId:guid}"] = Patterns,
        ["studies/{studyId:guid}/interviews/{interviewId:guid}/member-check"] = RawData,
        ["studies/{studyId:guid}/interviews/{interviewId:guid}/member-check/answer"] = RawData,
        ["studies/{studyId:guid}/logs"] = Patterns,
        ["studies/{studyId:guid}/logs/upload"] = [Who.Coordinator],
        ["studies/{studyId:guid}/logs/mapping"] = [Who.Coordinator],
        ["studies/{studyId:guid}/logs/{logId:guid}"] = Patterns,
        ["studies/{studyId:guid}/logs/{logId:guid}/delete"] = [Who.Coordinator],
        ["studies/{studyId:guid}/logs/{logId:guid}/conformance"] = Patterns,
        ["studies/{studyId:guid}/logs/{logId:guid}/cases"] = RawData,
    };

    [Theory, ClassData(typeof(Providers))]
    public async Task EveryRoute_AllowsExactlyTheRolesInTheTable(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var routes = PageRoutes(app.Factory);

        // A page without a rule, or a rule this table does not know, fails here first.
        routes.Keys.Order().ShouldBe(Expected.Keys.Order(), "every page route needs a row in this table");
        foreach (var (route, endpoint) in routes)
        {
            var hasRule = endpoint.Metadata.GetMetadata<StudyAccessAttribute>() is not null
                || endpoint.Metadata.GetMetadata<SignedInAttribute>() is not null
                || endpoint.Metadata.GetMetadata<AdministratorAttribute>() is not null
                || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            hasRule.ShouldBeTrue($"page '{route}' has no access rule attribute");
        }

        var world = await World.BuildAsync(app);
        var failures = new List<string>();
        foreach (var (route, allowed) in Expected)
        {
            var url = "/" + world.Fill(route);
            foreach (var who in Everyone)
            {
                var outcome = await world.ProbeAsync(who, url);
                var expected = allowed.Contains(who);
                if (outcome.Refused == expected)
                {
                    failures.Add($"{who} on {url}: expected {(expected ? "allowed" : "refused")}, got {outcome.Description}");
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    private static Dictionary<string, RouteEndpoint> PageRoutes(InBeeldWebFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .ToDictionary(e => e.RoutePattern.RawText ?? "", e => e);

    private sealed record Outcome(bool Refused, string Description);

    /// <summary>Study A with a participant, an interview and a step; study B led by an outsider; one signed-in browser per person.</summary>
    private sealed class World
    {
        private readonly Dictionary<Who, Browser> _browsers = [];
        private Guid _study, _participant, _interview, _step, _action, _journey;

        public static async Task<World> BuildAsync(TestApp app)
        {
            var world = new World();
            var coordinator = app.Browser;
            world._study = await Scenario.CreateStudyWithVocabularyAsync(coordinator, "Onderzoek A");
            await Scenario.RegisterParticipantAsync(coordinator, world._study, "A-001");
            await using (var db = app.CreateContext())
            {
                world._participant = await db.Participants.Where(p => p.StudyId == world._study).Select(p => p.Id).SingleAsync();
            }

            world._interview = await Scenario.RecordInterviewAsync(coordinator, world._study, world._participant);
            Guid organization;
            await using (var db = app.CreateContext())
            {
                organization = await db.Organizations.Where(o => o.StudyId == world._study).Select(o => o.Id).FirstAsync();
            }

            // The step is at the chain partner's own organisation, so "allowed" is really shown, not "not found".
            await Scenario.AddStepAsync(coordinator, world._study, world._interview, ("Input.Description", "Aanmelding bij het loket"), ("Input.OrganizationId", organization.ToString()));
            await using (var db = app.CreateContext())
            {
                world._step = await db.Steps.Where(s => s.InterviewId == world._interview).Select(s => s.Id).SingleAsync();
            }

            await using (var db = app.CreateContext())
            {
                var time = app.Factory.Services.GetRequiredService<TimeProvider>();
                world._journey = (await new DesiredJourneyStore(db, time).CreateFromInterviewAsync(world._study, world._interview, "Gewenst", null, CancellationToken.None)).Id;
                world._action = (await new ActionStore(db, time).CreateAsync(world._study, new ActionInput { Title = "Warme overdracht", OwnerOrganizationId = organization }, [], null, null, CancellationToken.None)).Id;
            }

            world._browsers[Who.Coordinator] = coordinator;
            world._browsers[Who.Anonymous] = app.NewBrowser();
            foreach (var (who, role) in new[] { (Who.Researcher, StudyRole.Researcher), (Who.ChainPartner, StudyRole.ChainPartner), (Who.Reader, StudyRole.Reader) })
            {
                var account = await TestAccounts.CreateAsync(app.Factory, who.ToString().ToLowerInvariant());
                await TestAccounts.GrantAsync(app.Factory, world._study, account.Id, role, role == StudyRole.ChainPartner ? organization : null);
                world._browsers[who] = await SignedInAsync(app, account.UserName!);
            }

            var outsider = await TestAccounts.CreateAsync(app.Factory, "buitenstaander");
            world._browsers[Who.OtherStudyMember] = await SignedInAsync(app, outsider.UserName!);
            await Scenario.CreateStudyWithVocabularyAsync(world._browsers[Who.OtherStudyMember], "Onderzoek B");

            var admin = await TestAccounts.CreateAsync(app.Factory, "beheerder", administrator: true, twoFactor: true);
            world._browsers[Who.Administrator] = await SignedInAsync(app, admin.UserName!, await TestAccounts.AuthenticatorKeyAsync(app.Factory, admin.Id));
            return world;
        }

        private static async Task<Browser> SignedInAsync(TestApp app, string userName, string? key = null)
        {
            var browser = app.NewBrowser();
            await TestAccounts.SignInAsync(browser, userName, key);
            return browser;
        }

        public string Fill(string route) => route
            .Replace("{studyId:guid}", _study.ToString(), StringComparison.Ordinal)
            .Replace("{participantId:guid}", _participant.ToString(), StringComparison.Ordinal)
            .Replace("{interviewId:guid}", _interview.ToString(), StringComparison.Ordinal)
            .Replace("{stepId:guid?}", _step.ToString(), StringComparison.Ordinal)
            .Replace("{stepId:guid}", _step.ToString(), StringComparison.Ordinal)
            .Replace("{actionId:guid}", _action.ToString(), StringComparison.Ordinal)
            .Replace("{journeyId:guid}", _journey.ToString(), StringComparison.Ordinal)
            .Replace("{userId:guid}", _study.ToString(), StringComparison.Ordinal)
            // Composite pages (issue 5): ids that exist nowhere; an allowed person gets 404, a refused one 403 or the login page.
            .Replace("{groupId:guid}", UnknownId, StringComparison.Ordinal)
            .Replace("{compositeStepId:guid}", UnknownId, StringComparison.Ordinal)
            .Replace("{personaId:guid?}", UnknownId, StringComparison.Ordinal)
            .Replace("{personaId:guid}", UnknownId, StringComparison.Ordinal)
            .Replace("{logId:guid}", NoLog.ToString(), StringComparison.Ordinal);

        private const string UnknownId = "0193a5b0-0000-7000-8000-000000000005";

        // Access is decided on the study before a page looks for the log, so an allowed person gets
        // 404 for a log that does not exist and a refused one 403; no log needs to be stored here.
        private static readonly Guid NoLog = Guid.Parse("00000000-0000-7000-8000-00000000feed");

        /// <summary>Refused means: sent to the login page (anonymous) or answered 403 (signed in).</summary>
        public async Task<Outcome> ProbeAsync(Who who, string url)
        {
            var response = await _browsers[who].Client.GetAsync(new Uri(url, UriKind.Relative));
            var final = response.RequestMessage!.RequestUri!;
            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                return new Outcome(true, "403");
            }

            if (final.AbsolutePath == "/account/login" && final.Query.Contains("ReturnUrl", StringComparison.OrdinalIgnoreCase) && url != "/account/login")
            {
                return new Outcome(true, "sent to login");
            }

            return new Outcome(false, $"{(int)response.StatusCode} at {final.PathAndQuery}");
        }
    }
}
