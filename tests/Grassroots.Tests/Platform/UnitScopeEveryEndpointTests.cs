using Grassroots.Web.Modules.Directory;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Accounts;
using Grassroots.Web.Platform.Data;
using Grassroots.Web.Platform.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Platform;

/// <summary>
/// A role on a unit reaches that unit's subtree and nothing else — proved for every API endpoint and
/// every page: a person of commune A (or district A) can neither read nor change the data of B.
/// A new endpoint without a case here fails <see cref="Every_endpoint_and_page_has_a_case"/>.
/// </summary>
public sealed partial class UnitScopeEveryEndpointTests
{
    private sealed record Target(string Code, Guid AccountId, int GrantId, Guid TokenId, Guid PetitionId, string TrackingCode, Guid SessionId, string HolderCode,
        Guid PeriodId = default, byte[]? Sheet = null)
    {
        public Guid DisclosureId { get; init; }
        public Guid DisclosureAttachmentId { get; init; }
        public string CommunityCode { get; init; } = "";
        public Guid HouseholdId { get; init; }
        public Guid MatterId { get; init; }
        public Guid ConsultationId { get; init; }
        public Guid MeetingId { get; init; }
        public Guid ConventionId { get; init; }
        public string FreeCommunityCode { get; init; } = "";
    }

    private delegate Task ApiCase(HttpClient client, Target b);

    private static readonly Dictionary<string, ApiCase> ApiCases = new()
    {
        ["GET /api/v1/units/"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/units?all=true")).ReadAsync<List<UnitDto>>(), u => u.Code == b.Code),
        ["GET /api/v1/units/{code}"] = (c, b) => Denied(c.GetAsync($"/api/v1/units/{b.Code}")),
        ["GET /api/v1/units/{code}/children"] = (c, b) => Denied(c.GetAsync($"/api/v1/units/{b.Code}/children")),
        ["GET /api/v1/units/{code}/lineage"] = (c, b) => Denied(c.GetAsync($"/api/v1/units/{b.Code}/lineage")),
        ["GET /api/v1/units/{code}/successor"] = (c, b) => Denied(c.GetAsync($"/api/v1/units/{b.Code}/successor")),
        ["POST /api/v1/units/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/units", new { code = "ZZ1", name = "Thôn mới", kind = "ResidentialCommunity", parentCode = b.Code })),
        ["POST /api/v1/units/{code}/rename"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/units/{b.Code}/rename", new { newName = "Tên khác", effectiveDate = "2026-12-01" })),
        ["POST /api/v1/units/merge"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/units/merge",
            new { sourceCodes = new[] { b.Code }, newUnit = new { code = "ZZ2", name = "Xã gộp" }, effectiveDate = "2026-12-01" })),
        ["POST /api/v1/units/{code}/split"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/units/{b.Code}/split",
            new { parts = new[] { new { code = "ZZ3", name = "A" }, new { code = "ZZ4", name = "B" } }, effectiveDate = "2026-12-01" })),
        ["POST /api/v1/auth/token"] = async (c, b) =>
        {
            // Anonymous by nature; a password of someone else's account does not come with it.
            var r = await c.PostAsJsonAsync("/api/v1/auth/token", new { username = "cb.binhchanh", password = "doan-bua" });
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        },
        ["GET /api/v1/auth/me"] = async (c, b) =>
            Assert.DoesNotContain((await (await c.GetAsync("/api/v1/auth/me")).ReadAsync<MeDto>()).Grants, g => g.UnitCode == b.Code),
        ["GET /api/v1/auth/tokens"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/auth/tokens")).ReadAsync<List<TokenInfo>>(), t => t.Id == b.TokenId),
        ["DELETE /api/v1/auth/tokens/{id:guid}"] = (c, b) => Denied(c.DeleteAsync($"/api/v1/auth/tokens/{b.TokenId}")),
        ["GET /api/v1/accounts/"] = async (c, b) =>
        {
            var r = await c.GetAsync("/api/v1/accounts");
            if (r.StatusCode != HttpStatusCode.Forbidden)
            {
                Assert.DoesNotContain(await r.ReadAsync<List<AccountSummary>>(), a => a.Id == b.AccountId);
            }
        },
        ["POST /api/v1/accounts/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/accounts",
            new { userName = "nguoi.la", fullName = "Người Lạ", password = "Matkhau123", homeUnitCode = b.Code, role = "Administrator" })),
        ["GET /api/v1/accounts/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/accounts/{b.AccountId}")),
        ["POST /api/v1/accounts/{id:guid}/grants"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/accounts/{b.AccountId}/grants", new { unitCode = b.Code, role = "Administrator" })),
        ["DELETE /api/v1/accounts/{id:guid}/grants/{grantId:int}"] = (c, b) => Denied(c.DeleteAsync($"/api/v1/accounts/{b.AccountId}/grants/{b.GrantId}")),
        ["POST /api/v1/accounts/{id:guid}/lock"] = (c, b) => Denied(c.PostAsync($"/api/v1/accounts/{b.AccountId}/lock", null)),
        ["POST /api/v1/accounts/{id:guid}/unlock"] = (c, b) => Denied(c.PostAsync($"/api/v1/accounts/{b.AccountId}/unlock", null)),
        ["GET /api/v1/calendar/{year:int}/holidays"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/v1/calendar/2026/holidays")).StatusCode), // national and public
        ["GET /api/v1/calendar/add-working-days"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/v1/calendar/add-working-days?from=2026-01-05&days=3")).StatusCode),
        ["PUT /api/v1/calendar/overrides/{date}"] = (c, b) => Denied(c.PutAsJsonAsync("/api/v1/calendar/overrides/2026-12-31", new { isDayOff = true, name = "Nghỉ thêm" })),
        ["DELETE /api/v1/calendar/overrides/{date}"] = (c, b) => Denied(c.DeleteAsync("/api/v1/calendar/overrides/2026-12-31")),
        ["GET /api/v1/petitions/"] = async (c, b) =>
            Assert.DoesNotContain((await (await c.GetAsync("/api/v1/petitions")).ReadAsync<Web.Modules.Petitions.Queue.QueuePage>()).Rows, r => r.Id == b.PetitionId),
        ["POST /api/v1/petitions/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/petitions",
            new { unitCode = b.Code, kind = "Reflection", channel = "Hotline", receivedOn = "2026-11-20", content = "Đèn đường hỏng" })),
        ["GET /api/v1/petitions/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/petitions/{b.PetitionId}")),
        ["POST /api/v1/petitions/{id:guid}/classify"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.PetitionId}/classify", new { isEligible = true, isInCompetence = true })),
        ["POST /api/v1/petitions/{id:guid}/accept"] = (c, b) => Denied(c.PostAsync($"/api/v1/petitions/{b.PetitionId}/accept", null)),
        ["POST /api/v1/petitions/{id:guid}/transfer"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.PetitionId}/transfer", new { externalBody = "Tòa án" })),
        ["POST /api/v1/petitions/{id:guid}/guide"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.PetitionId}/guide", new { note = "x" })),
        ["POST /api/v1/petitions/{id:guid}/file"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.PetitionId}/file", new { note = "x" })),
        ["POST /api/v1/petitions/{id:guid}/extend"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.PetitionId}/extend", new { reason = "x" })),
        ["POST /api/v1/petitions/{id:guid}/verify"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.PetitionId}/verify", new { on = "2026-11-23", method = "FieldVisit", findings = "X" })),
        ["POST /api/v1/petitions/{id:guid}/suspend"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.PetitionId}/suspend", new { reason = "x" })),
        ["POST /api/v1/petitions/{id:guid}/resume"] = (c, b) => Denied(c.PostAsync($"/api/v1/petitions/{b.PetitionId}/resume", null)),
        ["POST /api/v1/petitions/{id:guid}/resolve"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.PetitionId}/resolve", new { decisionNumber = "1", decisionDate = "2026-11-20", summary = "x" })),
        ["POST /api/v1/petitions/{id:guid}/answer"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.PetitionId}/answer", new { summary = "x" })),
        ["POST /api/v1/petitions/{id:guid}/case"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.PetitionId}/case", new { caseId = (Guid?)null })),
        ["GET /api/v1/petitions/{id:guid}/duplicates"] = (c, b) => Denied(c.GetAsync($"/api/v1/petitions/{b.PetitionId}/duplicates")),
        ["GET /api/v1/petitions/{id:guid}/attachments"] = (c, b) => Denied(c.GetAsync($"/api/v1/petitions/{b.PetitionId}/attachments")),
        ["POST /api/v1/petitions/{id:guid}/attachments"] = (c, b) => Denied(c.PostAsync($"/api/v1/petitions/{b.PetitionId}/attachments", Pdf())),
        ["GET /api/v1/petitions/{id:guid}/attachments/{attachmentId:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/petitions/{b.PetitionId}/attachments/{Guid.Empty}")),
        ["POST /api/v1/public/petitions/{trackingCode}/attachments"] = async (c, b) =>
            // The letter of B was registered by an officer: nobody adds files to it from the portal.
            Assert.Equal(HttpStatusCode.Conflict, (await c.PostAsync($"/api/v1/public/petitions/{b.TrackingCode}/attachments", Pdf())).StatusCode),
        ["POST /api/v1/petitions/{id:guid}/reveal-identity"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.PetitionId}/reveal-identity", new { reason = "Xem thông tin người tố cáo" })),
        ["POST /api/v1/public/petitions/"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.Created, (await c.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = b.Code, kind = "Reflection", content = "Phản ánh công khai" })).StatusCode),
        ["GET /api/v1/public/petitions/{trackingCode}"] = async (c, b) =>
        {
            // Public by design; it never carries the petitioner's identity.
            var body = await (await c.GetAsync($"/api/v1/public/petitions/{b.TrackingCode}")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Người Bên B", body);
        },
        ["POST /api/v1/public/petitions/{trackingCode}/satisfaction"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.Conflict, (await c.PostAsJsonAsync($"/api/v1/public/petitions/{b.TrackingCode}/satisfaction", new { satisfied = true })).StatusCode),
        ["GET /api/v1/reception/log.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/reception/log.xlsx?unit={b.HolderCode}&from=2026-01-01&to=2026-11-23")),
        ["GET /api/v1/petitions/register.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/petitions/register.xlsx?unit={b.Code}&from=2026-01-01&to=2026-11-23")),
        ["GET /api/v1/reception/sessions"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/reception/sessions")).ReadAsync<List<Web.Modules.Reception.SessionDto>>(), s => s.Id == b.SessionId),
        ["POST /api/v1/reception/sessions"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/reception/sessions",
            new { unitCode = b.HolderCode, kind = "Regular", heldOn = "2026-11-20", place = "Trụ sở", receivedBy = "Cán bộ" })),
        ["GET /api/v1/reception/sessions/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/reception/sessions/{b.SessionId}")),
        ["POST /api/v1/reception/sessions/{id:guid}/visits"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/reception/sessions/{b.SessionId}/visits",
            new { people = 1, visitorName = "A", content = "B", outcome = "AnsweredOnSpot" })),
        ["GET /api/v1/reception/schedule/{unitCode}"] = (c, b) => Denied(c.GetAsync($"/api/v1/reception/schedule/{b.HolderCode}")),
        ["PUT /api/v1/reception/schedule/{unitCode}/{date}"] = (c, b) => Denied(c.PutAsJsonAsync($"/api/v1/reception/schedule/{b.HolderCode}/2026-12-01", new { headName = "X", place = "Y" })),
        ["DELETE /api/v1/reception/schedule/{unitCode}/{date}"] = (c, b) => Denied(c.DeleteAsync($"/api/v1/reception/schedule/{b.HolderCode}/2026-12-01")),
        ["GET /api/v1/public/units/{unitCode}/reception-schedule"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/api/v1/public/units/{b.HolderCode}/reception-schedule")).StatusCode), // published by law
        ["GET /api/v1/statistics/reception"] = (c, b) => Denied(c.GetAsync($"/api/v1/statistics/reception?unit={b.HolderCode}&from=2026-01-01&to=2026-12-31")),
        ["GET /api/v1/statistics/petitions"] = (c, b) => Denied(c.GetAsync($"/api/v1/statistics/petitions?unit={b.HolderCode}&from=2026-01-01&to=2026-12-31")),
        ["GET /api/v1/disclosures/categories"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/v1/disclosures/categories")).StatusCode), // the law's list, the same for all
        ["POST /api/v1/disclosures/categories"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/disclosures/categories",
            new { number = 15, name = "Mục mới", article = "Điều 11", audience = "Commune", minimumPostingDays = 30, loudspeakerDays = 0 })),
        ["PUT /api/v1/disclosures/categories/{id:int}"] = (c, b) => Denied(c.PutAsJsonAsync("/api/v1/disclosures/categories/1",
            new { number = 1, name = "Đổi tên", article = "Điều 11", audience = "Commune", minimumPostingDays = 1, loudspeakerDays = 0 })),
        ["GET /api/v1/disclosures/"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/disclosures")).ReadAsync<List<Web.Modules.Disclosure.DisclosureDto>>(), d => d.Id == b.DisclosureId),
        ["POST /api/v1/disclosures/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/disclosures",
            new { unitCode = b.HolderCode, categoryId = 1, title = "X", body = "Y", forms = "Portal", postedFrom = "2026-11-20" })),
        ["GET /api/v1/disclosures/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/disclosures/{b.DisclosureId}")),
        ["GET /api/v1/disclosures/{id:guid}/attachments"] = (c, b) => Denied(c.GetAsync($"/api/v1/disclosures/{b.DisclosureId}/attachments")),
        ["POST /api/v1/disclosures/{id:guid}/attachments"] = (c, b) => Denied(c.PostAsync($"/api/v1/disclosures/{b.DisclosureId}/attachments", Pdf())),
        ["GET /api/v1/disclosures/{id:guid}/attachments/{attachmentId:guid}"] = (c, b) =>
            Denied(c.GetAsync($"/api/v1/disclosures/{b.DisclosureId}/attachments/{b.DisclosureAttachmentId}")),
        ["DELETE /api/v1/disclosures/{id:guid}/attachments/{attachmentId:guid}"] = (c, b) =>
            Denied(c.DeleteAsync($"/api/v1/disclosures/{b.DisclosureId}/attachments/{b.DisclosureAttachmentId}")),
        ["GET /api/v1/public/units/{unitCode}/disclosures/{id:guid}"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/api/v1/public/units/{b.HolderCode}/disclosures/{b.DisclosureId}")).StatusCode), // published on the portal
        ["GET /api/v1/public/units/{unitCode}/disclosures/{id:guid}/attachments/{attachmentId:guid}"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/api/v1/public/units/{b.HolderCode}/disclosures/{b.DisclosureId}/attachments/{b.DisclosureAttachmentId}")).StatusCode),
        ["GET /api/v1/statistics/disclosure"] = (c, b) => Denied(c.GetAsync($"/api/v1/statistics/disclosure?unit={b.HolderCode}&from=2026-01-01&to=2026-12-31")),
        ["GET /api/v1/public/units/{unitCode}/disclosures"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/api/v1/public/units/{b.HolderCode}/disclosures")).StatusCode), // published by law
        ["GET /api/v1/decisions/communities/{unitCode}/households"] = (c, b) => Denied(c.GetAsync($"/api/v1/decisions/communities/{b.CommunityCode}/households")),
        ["POST /api/v1/decisions/communities/{unitCode}/households"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/communities/{b.CommunityCode}/households",
            new { number = "999", representativeName = "Người lạ" })),
        ["PUT /api/v1/decisions/households/{id:guid}"] = (c, b) => Denied(c.PutAsJsonAsync($"/api/v1/decisions/households/{b.HouseholdId}",
            new { number = "001", representativeName = "Người lạ" })),
        ["GET /api/v1/decisions/communities/{unitCode}/year-end-meetings"] = (c, b) => Denied(c.GetAsync($"/api/v1/decisions/communities/{b.CommunityCode}/year-end-meetings")),
        ["POST /api/v1/decisions/communities/{unitCode}/year-end-meetings"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/communities/{b.CommunityCode}/year-end-meetings",
            new { year = 2027, plannedOn = "2027-12-20", place = "Nhà văn hóa" })),
        ["POST /api/v1/decisions/year-end-meetings/{id:guid}/invitations"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/year-end-meetings/{b.MeetingId}/invitations", new { sentOn = "2026-11-23" })),
        ["POST /api/v1/decisions/year-end-meetings/{id:guid}/held"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/year-end-meetings/{b.MeetingId}/held",
            new { heldOn = "2026-11-23", householdsPresent = 1, minutes = "x" })),
        ["GET /api/v1/decisions/"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/decisions")).ReadAsync<List<Web.Modules.Decisions.MatterDto>>(), m => m.Id == b.MatterId),
        ["POST /api/v1/decisions/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/decisions", new
        {
            communityCode = b.CommunityCode,
            subject = "PublicWorksContribution",
            question = "?",
            options = new[] { "A", "B" },
            forms = "Meeting",
            opensOn = "2026-11-23",
            closesOn = "2026-11-30"
        })),
        ["GET /api/v1/decisions/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/decisions/{b.MatterId}")),
        ["POST /api/v1/decisions/{id:guid}/meeting"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/{b.MatterId}/meeting", new { heldOn = "2026-11-23", householdsPresent = 1, minutes = "x" })),
        ["POST /api/v1/decisions/{id:guid}/votes"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/{b.MatterId}/votes",
            new { form = "Meeting", votes = new[] { new { householdId = b.HouseholdId, optionId = 1 } } })),
        ["GET /api/v1/decisions/{id:guid}/record.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/decisions/{b.MatterId}/record.docx")),
        ["GET /api/v1/consultations/{id:guid}/summary.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/consultations/{b.ConsultationId}/summary.docx")),
        ["POST /api/v1/decisions/{id:guid}/close"] = (c, b) => Denied(c.PostAsync($"/api/v1/decisions/{b.MatterId}/close", null)),
        ["POST /api/v1/decisions/{id:guid}/follow-up-ballot"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/{b.MatterId}/follow-up-ballot", new { closesOn = "2026-12-31" })),
        ["POST /api/v1/decisions/{id:guid}/recognise"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/{b.MatterId}/recognise", new { note = "x" })),
        ["GET /api/v1/public/decisions/{unitCode}/{id:guid}"] = async (c, b) =>
        {
            // Public by design; it never carries a household's vote code.
            var r = await c.GetAsync($"/api/v1/public/decisions/{b.HolderCode}/{b.MatterId}");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain("voteCode", await r.Content.ReadAsStringAsync());
        },
        ["POST /api/v1/public/decisions/{id:guid}/votes"] = async (c, b) =>
            // B's matter is decided at a meeting: nobody votes on it online.
            Assert.Equal(HttpStatusCode.BadRequest, (await c.PostAsJsonAsync($"/api/v1/public/decisions/{b.MatterId}/votes", new { householdCode = "AAAAAAAA", optionId = 1 })).StatusCode),
        ["POST /api/v1/decisions/households/{id:guid}/account"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/households/{b.HouseholdId}/account",
            new { userName = "nguoi.la.dai.dien", password = "Matkhau123" })),
        ["DELETE /api/v1/decisions/households/{id:guid}/account"] = (c, b) => Denied(c.DeleteAsync($"/api/v1/decisions/households/{b.HouseholdId}/account")),
        // An officer's account is nobody's representative: no household, no vote for B's.
        ["GET /api/v1/decisions/my-household"] = (c, b) => Denied(c.GetAsync("/api/v1/decisions/my-household")),
        ["POST /api/v1/decisions/{id:guid}/my-vote"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/decisions/{b.MatterId}/my-vote", new { optionId = 1 })),
        ["GET /api/v1/conventions/"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/conventions")).ReadAsync<List<Web.Modules.Conventions.ConventionSummary>>(), x => x.Id == b.ConventionId),
        ["POST /api/v1/conventions/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/conventions", new { communityCode = b.FreeCommunityCode, text = "Hương ước lạ" })),
        ["GET /api/v1/conventions/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/conventions/{b.ConventionId}")),
        ["GET /api/v1/conventions/{id:guid}/text.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/conventions/{b.ConventionId}/text.docx")),
        ["POST /api/v1/conventions/{id:guid}/versions"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.ConventionId}/versions", new { text = "Sửa hộ" })),
        ["PUT /api/v1/conventions/{id:guid}/versions/{number:int}"] = (c, b) => Denied(c.PutAsJsonAsync($"/api/v1/conventions/{b.ConventionId}/versions/1", new { text = "Viết hộ" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/post"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.ConventionId}/versions/1/post",
            new { postedOn = "2026-11-23", commentsUntil = "2026-12-31" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/vote"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.ConventionId}/versions/1/vote",
            new { opensOn = "2027-01-10", closesOn = "2027-01-10" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/adopt"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.ConventionId}/versions/1/adopt",
            new { villageHead = "A", frontHead = "B", signerHouseholdIds = new[] { b.HouseholdId, Guid.NewGuid() } })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/file"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.ConventionId}/versions/1/file",
            new { sentOn = "2026-11-23", documents = "RequestLetter, VoteRecord, AdoptedText" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/file-complete"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.ConventionId}/versions/1/file-complete",
            new { completedOn = "2026-11-23", documents = "AdoptedText" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/recognise"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.ConventionId}/versions/1/recognise",
            new { decidedOn = "2026-11-23", decisionNumber = "1/QĐ-UBND" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/refuse"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.ConventionId}/versions/1/refuse",
            new { decidedOn = "2026-11-23", reason = "x" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/abandon"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.ConventionId}/versions/1/abandon", new { reason = "x" })),
        ["GET /api/v1/public/conventions/{unitCode}"] = async (c, b) =>
        {
            // Public by design, but only what was posted: B's draft was never posted, so it is not there.
            var r = await c.GetAsync($"/api/v1/public/conventions/{b.HolderCode}");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain(b.ConventionId.ToString(), await r.Content.ReadAsStringAsync());
        },
        ["GET /api/v1/public/conventions/{unitCode}/{id:guid}"] = async (c, b) =>
        {
            var r = await c.GetAsync($"/api/v1/public/conventions/{b.HolderCode}/{b.ConventionId}");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain("Dự thảo nội bộ của B", await r.Content.ReadAsStringAsync());
        },
        ["GET /api/v1/consultations/"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/consultations")).ReadAsync<List<Web.Modules.Consultations.ConsultationDto>>(), x => x.Id == b.ConsultationId),
        ["POST /api/v1/consultations/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/consultations", new
        {
            unitCode = b.HolderCode,
            subject = "Other",
            title = "X",
            body = "Y",
            opensOn = "2026-11-23",
            closesOn = "2026-11-30",
            commenters = "Anyone"
        })),
        ["GET /api/v1/consultations/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/consultations/{b.ConsultationId}")),
        ["GET /api/v1/consultations/{id:guid}/comments"] = (c, b) => Denied(c.GetAsync($"/api/v1/consultations/{b.ConsultationId}/comments")),
        ["POST /api/v1/consultations/{id:guid}/comments"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/consultations/{b.ConsultationId}/comments", new { text = "x", channel = "Meeting" })),
        ["POST /api/v1/consultations/{id:guid}/groups"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/consultations/{b.ConsultationId}/groups",
            new { title = "x", comments = 1, answer = "Accepted", response = "y" })),
        ["POST /api/v1/consultations/{id:guid}/summary"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/consultations/{b.ConsultationId}/summary", new { intro = "x" })),
        ["GET /api/v1/public/consultations/{id:guid}"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/api/v1/public/consultations/{b.ConsultationId}")).StatusCode), // public by design
        ["GET /api/v1/public/consultations/{id:guid}/comments"] = async (c, b) =>
        {
            var r = await c.GetAsync($"/api/v1/public/consultations/{b.ConsultationId}/comments");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain("Người Bên B", await r.Content.ReadAsStringAsync()); // authors stay off the portal
        },
        ["POST /api/v1/public/consultations/{id:guid}/comments"] = async (c, b) =>
            // Anyone may comment, but only within the window: B's opens later.
            Assert.Equal(HttpStatusCode.Conflict, (await c.PostAsJsonAsync($"/api/v1/public/consultations/{b.ConsultationId}/comments", new { text = "Ý kiến" })).StatusCode),
        ["GET /api/v1/indicators/"] = (c, b) => Denied(c.GetAsync($"/api/v1/indicators?unit={b.HolderCode}&from=2026-01-01&to=2026-06-30")),
        ["GET /api/v1/indicators/catalogue"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/v1/indicators/catalogue")).StatusCode), // the same for everyone, no unit's data
        ["POST /api/v1/indicators/values"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/indicators/values",
            new { unitCode = b.HolderCode, from = "2026-01-01", to = "2026-06-30", values = new Dictionary<string, decimal> { ["onestop.received"] = 5 } })),
        ["GET /api/v1/indicators/template"] = (c, b) => Denied(c.GetAsync($"/api/v1/indicators/template?unit={b.HolderCode}&from=2026-01-01&to=2026-06-30")),
        ["POST /api/v1/indicators/import"] = async (c, b) =>
        {
            // B's own spreadsheet, filled: refused cell by cell, nothing stored.
            var r = await c.PostAsync("/api/v1/indicators/import", Sheet(b.Sheet!));
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains("không có quyền", await r.Content.ReadAsStringAsync());
        },
        ["GET /api/v1/reports/templates"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/v1/reports/templates")).StatusCode), // templates are shared by every unit
        ["GET /api/v1/reports/templates/{key}"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/v1/reports/templates/qcdc-6-thang")).StatusCode),
        ["POST /api/v1/reports/templates/{key}"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/reports/templates/qcdc-6-thang",
            new { name = "Sửa mẫu", body = Web.Modules.Reports.BuiltInTemplates.Steering })),
        ["GET /api/v1/reports/periods"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/reports/periods")).ReadAsync<List<Web.Modules.Reports.PeriodDto>>(), p => p.Id == b.PeriodId),
        ["POST /api/v1/reports/periods"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/reports/periods",
            new { templateKey = "qcdc-6-thang", unitCode = b.HolderCode, title = "Kỳ lạ", from = "2026-01-01", to = "2026-06-30", dueOn = "2026-12-15", recipient = "X" })),
        ["GET /api/v1/reports/periods/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/reports/periods/{b.PeriodId}")),
        ["POST /api/v1/reports/periods/{id:guid}/close"] = (c, b) => Denied(c.PostAsync($"/api/v1/reports/periods/{b.PeriodId}/close", null)),
        ["GET /api/v1/reports/periods/{id:guid}/template.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/reports/periods/{b.PeriodId}/template.xlsx")),
        ["POST /api/v1/reports/periods/{id:guid}/import"] = (c, b) => Denied(c.PostAsync($"/api/v1/reports/periods/{b.PeriodId}/import", Sheet(b.Sheet!))),
        ["GET /api/v1/reports/periods/{id:guid}/units/{unitCode}"] = (c, b) => Denied(c.GetAsync($"/api/v1/reports/periods/{b.PeriodId}/units/{b.HolderCode}")),
        ["PUT /api/v1/reports/periods/{id:guid}/units/{unitCode}"] = (c, b) => Denied(c.PutAsJsonAsync($"/api/v1/reports/periods/{b.PeriodId}/units/{b.HolderCode}",
            new { prose = new { situation = "Viết hộ" } })),
        ["POST /api/v1/reports/periods/{id:guid}/units/{unitCode}/submit"] = (c, b) => Denied(c.PostAsync($"/api/v1/reports/periods/{b.PeriodId}/units/{b.HolderCode}/submit", null)),
        ["POST /api/v1/reports/periods/{id:guid}/units/{unitCode}/return"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/reports/periods/{b.PeriodId}/units/{b.HolderCode}/return",
            new { comment = "Trả lại" })),
        ["POST /api/v1/reports/periods/{id:guid}/units/{unitCode}/accept"] = (c, b) => Denied(c.PostAsync($"/api/v1/reports/periods/{b.PeriodId}/units/{b.HolderCode}/accept", null)),
        ["GET /api/v1/reports/periods/{id:guid}/units/{unitCode}/document.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/reports/periods/{b.PeriodId}/units/{b.HolderCode}/document.docx")),
        ["GET /api/v1/reports/periods/{id:guid}/units/{unitCode}/appendix.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/reports/periods/{b.PeriodId}/units/{b.HolderCode}/appendix.xlsx")),
        ["GET /api/v1/reports/periods/{id:guid}/units/{unitCode}/document.pdf"] = (c, b) => Denied(c.GetAsync($"/api/v1/reports/periods/{b.PeriodId}/units/{b.HolderCode}/document.pdf")),
        ["GET /api/v1/audit"] = async (c, b) =>
        {
            var r = await c.GetAsync($"/api/v1/audit?unit={b.Code}");
            Assert.True(r.StatusCode is HttpStatusCode.Forbidden, $"audit of {b.Code}: {(int)r.StatusCode}");
        },
    };

    /// <summary>Pages: GET as the person of A on B's data (POST forms go through the same use cases as the API).</summary>
    private static readonly Dictionary<string, Func<Target, string>> PageCases = new()
    {
        ["/"] = _ => "",
        ["/units"] = _ => "",
        ["/units/{code}"] = b => $"/units/{b.Code}",
        ["/units/{code}/rename"] = b => $"/units/{b.Code}/rename",
        ["/units/{code}/split"] = b => $"/units/{b.Code}/split",
        ["/units/new"] = b => $"/units/new?parent={b.Code}",
        ["/units/merge"] = _ => "",
        ["/accounts"] = _ => "",
        ["/accounts/new"] = _ => "",
        ["/accounts/{id:guid}"] = b => $"/accounts/{b.AccountId}",
        ["/audit"] = b => $"/audit?unit={b.Code}",
        ["/account/tokens"] = _ => "",
        ["/calendar"] = _ => "",
        ["/petitions"] = _ => "",
        ["/petitions/new"] = _ => "",
        ["/petitions/{id:guid}"] = b => $"/petitions/{b.PetitionId}",
        ["/p/{unitCode}/petition"] = _ => "", // public by design
        ["/p/track"] = _ => "",
        ["/reception"] = _ => "",
        ["/reception/{id:guid}"] = b => $"/reception/{b.SessionId}",
        ["/reception/schedule"] = b => $"/reception/schedule?unit={b.HolderCode}",
        ["/p/{unitCode}/schedule"] = _ => "", // published by law
        ["/statistics"] = b => $"/statistics?unit={b.HolderCode}",
        ["/disclosures"] = _ => "",
        ["/disclosures/compliance"] = b => $"/disclosures/compliance?unit={b.HolderCode}",
        ["/disclosures/{id:guid}"] = b => $"/disclosures/{b.DisclosureId}",
        ["/disclosures/categories"] = _ => "", // the law's list: read by all, changed only from the nation unit
        ["/p/{unitCode}/disclosures/{id:guid}"] = _ => "", // published by law
        ["/decisions"] = _ => "",
        ["/decisions/{id:guid}"] = b => $"/decisions/{b.MatterId}",
        ["/decisions/households"] = b => $"/decisions/households?unit={b.CommunityCode}",
        ["/p/{unitCode}/decisions/{id:guid}"] = _ => "", // public by design
        ["/conventions"] = _ => "", // the list is filtered by the same scope (tested through the API)
        ["/conventions/{id:guid}"] = b => $"/conventions/{b.ConventionId}",
        ["/p/{unitCode}/conventions/{id:guid}"] = _ => "", // public by design
        ["/my/household"] = _ => "", // the caller's own household, if the account represents one
        ["/consultations"] = _ => "",
        ["/consultations/{id:guid}"] = b => $"/consultations/{b.ConsultationId}",
        ["/p/{unitCode}/consultations/{id:guid}"] = _ => "", // public by design
        ["/p/{unitCode}"] = _ => "", // the public portal
        ["/indicators"] = b => $"/indicators?unit={b.HolderCode}",
        ["/indicators/enter"] = b => $"/indicators/enter?unit={b.HolderCode}",
        ["/indicators/import"] = b => $"/indicators/import?unit={b.HolderCode}",
        ["/dashboard"] = b => $"/dashboard?unit={b.HolderCode}",
        ["/reports"] = _ => "", // the list is filtered by the same scope (tested through the API)
        ["/reports/templates"] = _ => "", // shared by every unit
        ["/reports/{id:guid}"] = b => $"/reports/{b.PeriodId}",
        ["/reports/{id:guid}/units/{unitCode}"] = b => $"/reports/{b.PeriodId}/units/{b.HolderCode}",
        ["/account/login"] = _ => "",
        ["/account/logout"] = _ => "",
        ["/error/{status:int?}"] = _ => "",
    };

    private static MultipartFormDataContent Sheet(byte[] xlsx)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new(Web.Modules.Indicators.Contracts.IIndicatorWorkbook.XlsxType);
        content.Add(file, "file", "so-lieu.xlsx");
        return content;
    }

    internal static MultipartFormDataContent Pdf(string name = "bien-ban.pdf")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4 biên bản"u8.ToArray());
        file.Headers.ContentType = new("application/pdf");
        content.Add(file, "file", name);
        return content;
    }

    private static async Task Denied(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
            $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: expected 403/404, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Every_endpoint_and_page_has_a_case()
    {
        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        app.CreateClient().Dispose();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var api = endpoints.Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(api);
        foreach (var endpoint in api)
        {
            var key = Key(endpoint);
            Assert.True(ApiCases.ContainsKey(key), $"No scope case for {key}");
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            Assert.True(anonymous || endpoint.Metadata.GetMetadata<RequiresPermission>() is not null, $"{key} declares no permission");
        }
        var pages = endpoints.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.True(PageCases.ContainsKey(p), $"No scope case for page {p}"));
    }

    [Theory, Providers]
    public async Task Commune_and_district_people_cannot_reach_another_unit_through_any_endpoint(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        // An administrator of commune Bình An and one of district Bình Sơn, besides the demo officers.
        var binhAn = await CodeOfAsync(app, "Xã Bình An");
        await CreateAdminAsync(admin, "qt.binhan", binhAn);
        await CreateAdminAsync(admin, "qt.binhson", "522");

        var binhChanh = await TargetAsync(app, admin, await CodeOfAsync(app, "Xã Bình Chánh"), "cb.binhchanh");
        var roMen = await TargetAsync(app, admin, await CodeOfAsync(app, "Xã Rô Men"), "cb.romen");
        var snapshot = await SnapshotAsync(app);

        foreach (var (actor, target) in new[] { ("cb.binhan", binhChanh), ("qt.binhan", binhChanh), ("tcd.binhson", roMen), ("qt.binhson", roMen) })
        {
            using var client = await app.ApiAsync(actor);
            foreach (var (key, check) in ApiCases)
            {
                try
                {
                    await check(client, target);
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"{actor} → {key} on {target.Code}: {e.Message}");
                }
            }
        }
        Assert.Equal(snapshot, await SnapshotAsync(app));
    }

    [Theory, Providers]
    public async Task Pages_of_another_unit_are_refused(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var target = await TargetAsync(app, admin, await CodeOfAsync(app, "Xã Bình Chánh"), "cb.binhchanh");
        using var browser = await PageClient.SignInAsync(app, "cb.binhan");

        foreach (var (route, url) in PageCases)
        {
            var path = url(target);
            if (path.Length == 0)
            {
                continue; // pages without a unit: their lists are filtered by the same scope (tested through the API)
            }
            var response = await browser.Client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{route} → {path}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("quyền", html);
        }
        // The disclosure page's file and its forms answer the same way (the token comes from the officer's own list page).
        var file = await browser.Client.GetAsync($"/disclosures/{target.DisclosureId}?handler=file&attachmentId={target.DisclosureAttachmentId}");
        Assert.True(file.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"disclosure file: {(int)file.StatusCode}");
        var remove = await browser.PostFormAsync($"/disclosures/{target.DisclosureId}?handler=Remove&attachmentId={target.DisclosureAttachmentId}", new(), "/disclosures");
        Assert.True(remove.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"disclosure file removal: {(int)remove.StatusCode}");
        var attach = await browser.PostMultipartAsync($"/disclosures/{target.DisclosureId}?handler=Attach", [], [("upload", "la.pdf", "%PDF-1.4"u8.ToArray())], "/disclosures");
        Assert.True(attach.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"disclosure file upload: {(int)attach.StatusCode}");
        Assert.Equal(1, await app.DbAsync(db => db.Set<Web.Modules.Disclosure.DisclosureAttachment>().CountAsync(a => a.DisclosureId == target.DisclosureId)));
        // The officer's own lists stay within reach.
        var audit = await browser.Client.GetAsync("/audit");
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        var accounts = await browser.Client.GetAsync("/accounts");
        Assert.Equal(HttpStatusCode.Forbidden, accounts.StatusCode);
        var tree = await browser.Client.GetStringAsync("/units?date=2025-06-30");
        Assert.Contains("Xã Bình An", tree);
        Assert.DoesNotContain("Xã Bình Chánh", tree);
    }

    private static string Key(RouteEndpoint e) =>
        $"{e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.FirstOrDefault()} {e.RoutePattern.RawText}";

    private static Task<string> CodeOfAsync(GrassrootsApp app, string name) =>
        app.DbAsync(db => db.Units.Where(u => u.Name == name && u.ValidFrom == null).Select(u => u.Code).FirstAsync());

    private static async Task CreateAdminAsync(HttpClient admin, string userName, string unitCode)
    {
        var r = await admin.PostAsJsonAsync("/api/v1/accounts",
            new { userName, fullName = "Quản trị " + unitCode, password = DemoAccounts.DemoPassword, homeUnitCode = unitCode, role = "Administrator" });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
    }

    private static async Task<Target> TargetAsync(GrassrootsApp app, HttpClient admin, string code, string officer)
    {
        var token = await app.TokenAsync(officer);
        var account = await app.DbAsync(db => db.RoleGrants.Where(g => g.User!.UserName == officer).Select(g => new { Id = g.UserId, Grant = g.Id }).FirstAsync());
        var tokenId = await app.DbAsync(db => db.ApiTokens.Where(t => t.UserId == account.Id).Select(t => t.Id).FirstAsync());
        Assert.NotEmpty(token);
        // A letter of unit B: the one under test was merged away in 2025, so it is registered at the commune that holds B's records now.
        var holder = (await (await admin.GetAsync($"/api/v1/units/{code}/successor")).ReadAsync<UnitDto>()).Code;
        var letter = (await (await admin.PostAsJsonAsync("/api/v1/petitions", new
        {
            unitCode = holder,
            kind = "Complaint",
            channel = "InPerson",
            receivedOn = "2026-11-20",
            content = "Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất",
            petitionerName = "Người Bên B",
            petitionerPhone = "0900000000",
        })).ReadAsync<Web.Modules.Petitions.RegisteredDto>()).Petition;
        var session = await (await admin.PostAsJsonAsync("/api/v1/reception/sessions",
            new { unitCode = holder, kind = "Periodic", heldOn = "2026-11-20", place = "Trụ sở UBND xã", receivedBy = "Chủ tịch UBND xã" })).ReadAsync<Web.Modules.Reception.SessionDto>();
        // A report period of B's unit, and B's spreadsheet filled in.
        var period = await (await admin.PostAsJsonAsync("/api/v1/reports/periods", new
        {
            templateKey = "qcdc-6-thang",
            unitCode = holder,
            title = "Báo cáo 6 tháng đầu năm 2026",
            from = "2026-01-01",
            to = "2026-06-30",
            dueOn = "2026-12-15",
            recipient = "UBND tỉnh",
        })).ReadAsync<Web.Modules.Reports.PeriodDto>();
        var rows = Indicators.ImportTests.Read(await admin.GetByteArrayAsync($"/api/v1/indicators/template?unit={holder}&from=2026-01-01&to=2026-06-30"));
        Indicators.ImportTests.Set(rows, "onestop.received", holder, 42d);
        var disclosure = await (await admin.PostAsJsonAsync("/api/v1/disclosures", new
        {
            unitCode = holder,
            categoryId = 2,
            title = "Dự toán ngân sách",
            body = "Chi tiết",
            forms = "OfficeNoticeBoard, Portal",
            postedFrom = "2026-11-01",
            postedTo = "2026-11-30"
        })).ReadAsync<Web.Modules.Disclosure.DisclosureDto>();
        var disclosureFile = (await (await admin.PostAsync($"/api/v1/disclosures/{disclosure.Id}/attachments", Pdf("Dự toán ngân sách.pdf")))
            .ReadAsync<List<Web.Modules.Disclosure.DisclosureAttachmentDto>>())[0];
        var community = await app.DbAsync(db => db.Units.Where(u => u.Parent!.Code == holder && u.Kind == UnitKind.ResidentialCommunity).Select(u => u.Code).FirstAsync());
        var household = await (await admin.PostAsJsonAsync($"/api/v1/decisions/communities/{community}/households",
            new { number = "B01", representativeName = "Người Bên B" })).ReadAsync<Web.Modules.Decisions.HouseholdDto>();
        var matter = await (await admin.PostAsJsonAsync("/api/v1/decisions", new
        {
            communityCode = community,
            subject = "PublicWorksContribution",
            question = "Đóng góp làm đường?",
            options = new[] { "Đồng ý", "Không đồng ý" },
            forms = "Meeting",
            opensOn = "2026-11-20",
            closesOn = "2026-11-30"
        }))
            .ReadAsync<Web.Modules.Decisions.MatterDto>();
        var consultation = await (await admin.PostAsJsonAsync("/api/v1/consultations", new
        {
            unitCode = holder,
            subject = "LandUsePlan",
            title = "Kế hoạch sử dụng đất",
            body = "Dự thảo",
            opensOn = "2026-12-10",
            closesOn = "2026-12-31",
            commenters = "Anyone"
        })).ReadAsync<Web.Modules.Consultations.ConsultationDto>();
        var meeting = await (await admin.PostAsJsonAsync($"/api/v1/decisions/communities/{community}/year-end-meetings",
            new { year = 2026, plannedOn = "2026-12-20", place = "Nhà văn hóa thôn" })).ReadAsync<Web.Modules.Decisions.YearEndMeetingDto>();
        // B's village convention, drafted and never posted; and a village of B without one.
        var free = await app.DbAsync(db => db.Units.Where(u => u.Parent!.Code == holder && u.Kind == UnitKind.ResidentialCommunity
            && !db.Set<Web.Modules.Conventions.Convention>().Any(c => c.CommunityId == u.Id)).OrderBy(u => u.Code).Select(u => u.Code).Take(2).ToListAsync());
        var convention = await (await admin.PostAsJsonAsync("/api/v1/conventions", new { communityCode = free[0], text = "Dự thảo nội bộ của B" }))
            .ReadAsync<Web.Modules.Conventions.ConventionDto>();
        return new Target(code, account.Id, account.Grant, tokenId, letter.Id, letter.TrackingCode, session.Id, holder, period.Id, Indicators.ImportTests.Write(rows))
        {
            ConventionId = convention.Id,
            FreeCommunityCode = free[1],
            MeetingId = meeting.Id,
            DisclosureId = disclosure.Id,
            DisclosureAttachmentId = disclosureFile.Id,
            CommunityCode = community,
            HouseholdId = household.Id,
            MatterId = matter.Id,
            ConsultationId = consultation.Id,
        };
    }

    private static Task<string> SnapshotAsync(GrassrootsApp app) => app.DbAsync(async db =>
        string.Join("|",
            await db.Units.CountAsync(), await db.LineageEvents.CountAsync(), await db.Users.CountAsync(),
            await db.Users.CountAsync(u => u.IsActive), await db.RoleGrants.CountAsync(), await db.ApiTokens.CountAsync(t => t.RevokedAt != null),
            await db.Set<CalendarOverride>().CountAsync(),
            await db.Set<Web.Modules.Reception.ReceptionSession>().CountAsync(), await db.Set<Web.Modules.Reception.ReceptionVisit>().CountAsync(),
            await db.Set<Web.Modules.Reception.ReceptionScheduleEntry>().CountAsync(),
            await db.Set<Web.Modules.Disclosure.Disclosure>().CountAsync(), await db.Set<Web.Modules.Disclosure.DisclosureCategory>().CountAsync(),
            await db.Set<Web.Modules.Disclosure.DisclosureAttachment>().CountAsync(),
            string.Join(",", await db.Set<Web.Modules.Disclosure.DisclosureCategory>().OrderBy(x => x.Id).Select(x => x.Name + x.MinimumPostingDays).ToListAsync()),
            await db.Set<Web.Modules.Decisions.Household>().CountAsync(), await db.Set<Web.Modules.Decisions.DecisionMatter>().CountAsync(),
            await db.Set<Web.Modules.Decisions.DecisionMatter>().CountAsync(m => m.ClosedAt != null || m.MeetingHeldOn != null || m.RecognisedAt != null),
            await db.Set<Web.Modules.Decisions.DecisionVote>().CountAsync(), await db.Set<Web.Modules.Decisions.YearEndMeeting>().CountAsync(m => m.InvitationsSentOn != null || m.HeldOn != null),
            await db.Set<Web.Modules.Decisions.YearEndMeeting>().CountAsync(), await db.Set<Web.Modules.Consultations.Consultation>().CountAsync(),
            await db.Set<Web.Modules.Consultations.ConsultationComment>().CountAsync(), await db.Set<Web.Modules.Consultations.CommentGroup>().CountAsync(),
            await db.Set<Web.Modules.Conventions.Convention>().CountAsync(), await db.Set<Web.Modules.Decisions.Household>().CountAsync(h => h.RepresentativeAccountId != null),
            string.Join(",", await db.Set<Web.Modules.Conventions.ConventionVersion>().OrderBy(v => v.Id).Select(v => v.Stage.ToString() + v.Text.Length).ToListAsync()),
            await db.Set<Web.Modules.Indicators.IndicatorValue>().CountAsync(), await db.Set<Web.Modules.Reports.ReportPeriod>().CountAsync(),
            await db.Set<Web.Modules.Reports.UnitReport>().CountAsync(), await db.Set<Web.Modules.Reports.ReportTemplate>().CountAsync(),
            string.Join(",", await db.Set<Web.Modules.Reports.ReportPeriod>().OrderBy(p => p.Id).Select(p => p.Status.ToString()).ToListAsync()),
            string.Join(",", await db.Set<Web.Modules.Petitions.Petition>().Where(p => p.Channel != PetitionChannel.Portal).OrderBy(p => p.Id).Select(p => p.Status.ToString() + p.UnitId).ToListAsync()),
            string.Join(",", await db.Units.OrderBy(u => u.Id).Select(u => u.Name).ToListAsync())));
}
