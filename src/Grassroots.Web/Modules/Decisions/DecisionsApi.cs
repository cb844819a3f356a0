using Grassroots.Web.Modules.Decisions.Households;
using Grassroots.Web.Modules.Decisions.Matters;
using Grassroots.Web.Modules.Decisions.YearEnd;

namespace Grassroots.Web.Modules.Decisions;

public static class DecisionsApi
{
    public static RouteGroupBuilder MapDecisionsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/decisions").WithTags("Decisions");
        g.MapGet("/communities/{unitCode}/households", ListHouseholds).Requires(Permission.View, "route").WithSummary("The household roll of a residential community.");
        g.MapPost("/communities/{unitCode}/households", AddHousehold).Requires(Permission.Edit, "route").WithSummary("Add a household with its representative; answers its vote code.");
        g.MapPut("/households/{id:guid}", UpdateHousehold).Requires(Permission.Edit, "household").WithSummary("A new representative or address, or the household leaves the roll.");
        g.MapPost("/households/{id:guid}/account", CreateAccount).Requires(Permission.Edit, "household")
            .WithSummary("Open the citizen account of the household's current representative: it may vote online for the household after signing in.");
        g.MapDelete("/households/{id:guid}/account", UnlinkAccount).Requires(Permission.Edit, "household").WithSummary("The account no longer speaks for the household.");
        g.MapGet("/my-household", MyHousehold).Requires(Permission.View, "self").WithSummary("For a representative's account: the household and its community's matters.");
        g.MapPost("/{id:guid}/my-vote", MyVote).Requires(Permission.View, "self")
            .WithSummary("The signed-in representative casts the household's online vote (one voice per household, whatever the path).");
        g.MapGet("/communities/{unitCode}/year-end-meetings", ListMeetings).Requires(Permission.View, "route").WithSummary("The community's yearly meetings (L10 Điều 33).");
        g.MapPost("/communities/{unitCode}/year-end-meetings", PlanMeeting).Requires(Permission.Edit, "route").WithSummary("Plan the year-end meeting of a community.");
        g.MapPost("/year-end-meetings/{id:guid}/invitations", Invite).Requires(Permission.Edit, "meeting").WithSummary("Invitations sent: at least 5 days before (NĐ59 Điều 11).");
        g.MapPost("/year-end-meetings/{id:guid}/held", Hold).Requires(Permission.Edit, "meeting").WithSummary("The meeting was held: households present and minutes.");
        g.MapGet("/", List).Requires(Permission.View, "scope+query:unit").WithSummary("Matters in reach, newest first.");
        g.MapPost("/", Create).Requires(Permission.Edit, "body:communityCode").WithSummary("Put a matter (L10 Điều 15) to a community: question, options, forms the law allows, voting window.");
        g.MapGet("/{id:guid}", Get).Requires(Permission.View, "matter").WithSummary("A matter; tallies and verdict only once the vote closed.");
        g.MapPost("/{id:guid}/meeting", Meeting).Requires(Permission.Edit, "matter").WithSummary("The meeting of household representatives: day, households present, minutes.");
        g.MapPost("/{id:guid}/votes", Votes).Requires(Permission.Edit, "matter").WithSummary("Show-of-hands or paper ballots entered by an officer: one vote per household across all forms.");
        g.MapPost("/{id:guid}/close", Close).Requires(Permission.Edit, "matter").WithSummary("Close the vote (end of the meeting).");
        g.MapPost("/{id:guid}/follow-up-ballot", FollowUp).Requires(Permission.Edit, "matter").WithSummary("A household ballot after a meeting that lacked participation (NĐ61 Điều 10).");
        g.MapPost("/commune-wide", CreateCommuneWide).Requires(Permission.Edit, "body:communityCode")
            .WithSummary("Puts a contribution or a use of community funds to every village of the commune named by communityCode; it passes when at least two thirds of the villages adopt it.");
        g.MapGet("/commune-wide/{id:guid}", GetCommuneWide).Requires(Permission.View, "commune-wide matter")
            .WithSummary("A commune-wide matter: each village's verdict and the commune's, once every village's vote closed.");
        g.MapPost("/{id:guid}/recognise", Recognise).Requires(Permission.RecogniseDecisions, "matter").WithSummary("The body the law names recognises an adopted result: the commune chairman (convention, village head), or an officer records the commune Front's recognition (boards); the village's own matters take effect on adoption.");
        g.MapGet("/{id:guid}/record.docx", Record).Requires(Permission.View, "matter").WithSummary("The minutes and ballot count record as a Word document (NĐ 30/2020 format).");
        var p = api.MapGroup("/public/decisions").WithTags("Public").AllowAnonymous();
        p.MapGet("/{unitCode}/{id:guid}", PublicGet).WithSummary("A matter of a community under the unit; results once closed (no sign-in).");
        p.MapPost("/{id:guid}/votes", PublicVote).RequireRateLimiting(RateLimits.Portal).WithSummary("Vote online with the household's code (matter (6) only).");
        return api;
    }

    private static async Task<Ok<List<HouseholdDto>>> ListHouseholds(string unitCode, DecisionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.HouseholdsAsync(unitCode, ct));

    private static async Task<Created<HouseholdDto>> AddHousehold(string unitCode, HouseholdRequest r, AddHousehold h, CancellationToken ct)
    {
        var dto = await h.HandleAsync(unitCode, r, ct);
        return TypedResults.Created($"/api/v1/decisions/households/{dto.Id}", dto);
    }

    private static async Task<Ok<HouseholdDto>> UpdateHousehold(Guid id, HouseholdRequest r, UpdateHousehold h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, r, ct));

    private static async Task<Created<HouseholdDto>> CreateAccount(Guid id, RepresentativeAccountRequest r, OpenRepresentativeAccount h, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/decisions/households/{id}/account", await h.HandleAsync(id, r, ct));

    private static async Task<NoContent> UnlinkAccount(Guid id, UnlinkRepresentativeAccount h, CancellationToken ct)
    {
        await h.HandleAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MyHouseholdDto>> MyHousehold(DecisionReader reader, CancellationToken ct) => TypedResults.Ok(await reader.MyHouseholdAsync(ct));

    private static async Task<NoContent> MyVote(Guid id, RepresentativeVoteRequest r, CastRepresentativeVote h, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<YearEndMeetingDto>>> ListMeetings(string unitCode, DecisionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.YearEndMeetingsAsync(unitCode, ct));

    private static async Task<Created<YearEndMeetingDto>> PlanMeeting(string unitCode, PlanMeetingRequest r, PlanYearEndMeeting h, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/decisions/communities/{unitCode}/year-end-meetings", await h.HandleAsync(unitCode, r, ct));

    private static async Task<Ok<YearEndMeetingDto>> Invite(Guid id, InviteRequest r, InviteToYearEndMeeting h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, r, ct));

    private static async Task<Ok<YearEndMeetingDto>> Hold(Guid id, HoldMeetingRequest r, HoldYearEndMeeting h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, r, ct));

    private static async Task<Ok<List<MatterDto>>> List(string? unit, DecisionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ListAsync(new MatterFilter(unit), ct));

    private static async Task<Created<MatterDto>> Create(CreateMatterRequest r, CreateMatter h, DecisionReader reader, CancellationToken ct)
    {
        var m = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/decisions/{m.Id}", await reader.GetAsync(m.Id, ct));
    }

    private static async Task<Ok<MatterDto>> Get(Guid id, DecisionReader reader, CancellationToken ct) => TypedResults.Ok(await reader.GetAsync(id, ct));

    private static Task<Ok<MatterDto>> Meeting(Guid id, MeetingRequest r, RecordMeeting h, DecisionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, r, ct), ct);

    private static Task<Ok<MatterDto>> Votes(Guid id, EnterVotesRequest r, EnterVotes h, DecisionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, r, ct), ct);

    private static Task<Ok<MatterDto>> Close(Guid id, CloseVote h, DecisionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, ct), ct);

    private static Task<Ok<MatterDto>> FollowUp(Guid id, FollowUpBallotRequest r, FollowUpWithBallot h, DecisionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, r, ct), ct);

    private static async Task<Created<CommuneWideDto>> CreateCommuneWide(CreateMatterRequest r, CreateCommuneWideMatter h, DecisionReader reader, CancellationToken ct)
    {
        var id = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/decisions/commune-wide/{id}", await reader.CommuneWideAsync(id, ct));
    }

    private static async Task<Ok<CommuneWideDto>> GetCommuneWide(Guid id, DecisionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.CommuneWideAsync(id, ct));

    private static Task<Ok<MatterDto>> Recognise(Guid id, RecogniseRequest r, RecogniseDecision h, DecisionReader reader, CancellationToken ct) =>
        Then(id, reader, () => h.HandleAsync(id, r, ct), ct);

    /// <summary>A command on a matter, answered with the matter as it now stands.</summary>
    private static async Task<Ok<MatterDto>> Then(Guid id, DecisionReader reader, Func<Task> action, CancellationToken ct)
    {
        await action();
        return TypedResults.Ok(await reader.GetAsync(id, ct));
    }

    private static async Task<FileContentHttpResult> Record(Guid id, DecisionRecord record, CancellationToken ct)
    {
        var (bytes, name) = await record.BuildAsync(id, ct);
        return TypedResults.File(bytes, FileKind.Docx.ContentType, name);
    }

    private static async Task<Ok<MatterDto>> PublicGet(string unitCode, Guid id, DecisionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.GetPublicAsync(Text.Clean(unitCode), id, ct));

    private static async Task<NoContent> PublicVote(Guid id, OnlineVoteRequest r, CastOnlineVote h, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }
}
