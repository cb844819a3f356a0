using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Petitions.Public;
using Grassroots.Web.Platform.Audit;
using Grassroots.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Tests.Petitions;

/// <summary>The portal's group commit writes rows without change tracking: they must read back exactly as the rest of the app writes them.</summary>
public sealed class PortalIntakeStorageTests
{
    [Theory, Providers]
    public async Task Letters_from_the_portal_are_stored_whole_with_their_clock_history_and_audit_rows(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = app.CreateClient();
        var sent = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            var r = await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
            {
                unitCode = PetitionJourneyTests.Commune,
                kind = i % 3 == 0 ? "Complaint" : "Reflection",
                content = $"Đường liên thôn Phước Hòa số {i} sạt lở sau mưa lớn, đề nghị khắc phục.",
                petitionerName = "Võ Thị Hạnh",
                petitionerPhone = "0905111222",
            });
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            return (await r.ReadAsync<PublicPetitionCreated>()).TrackingCode;
        }));

        var today = new DateOnly(2026, 11, 23);
        var stored = await app.DbAsync(db => db.Set<Petition>().AsNoTracking().Include(p => p.Events).Include(p => p.Deadlines).Include(p => p.Case)
            .Where(p => sent.Contains(p.TrackingCode) && p.ReceivedOn == today && p.Status == PetitionStatus.Received && p.Channel == PetitionChannel.Portal)
            .ToListAsync());
        Assert.Equal(12, stored.Count);
        Assert.All(stored, p =>
        {
            Assert.Equal("Võ Thị Hạnh", p.PetitionerName);
            Assert.Equal(p.Subject, p.Case!.Title);
            Assert.Equal(PetitionEventKind.Registered, Assert.Single(p.Events).Kind);
            var handle = p.Deadlines.Single(d => d.Rule == DeadlineRuleId.HandleLetter);
            Assert.Equal((DeadlineState.Running, new DateOnly(2026, 12, 3)), (handle.State, handle.DueOn));
            Assert.Equal(p.Kind == PetitionKind.Complaint ? 2 : 1, p.Deadlines.Count);
        });

        var ids = stored.Select(p => p.Id.ToString()).Concat(stored.Select(p => p.CaseId.ToString())).ToList();
        var audit = await app.DbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditAction.Create && ids.Contains(e.EntityId!)).ToListAsync());
        Assert.Equal(24, audit.Count);
        Assert.All(audit, e => Assert.Equal(stored[0].UnitId, e.UnitId));
        Assert.Equal(12, audit.Count(e => e.EntityType == nameof(Petition) && e.After!.Contains("Phước Hòa", StringComparison.Ordinal)));

        // The tracking page reads them like any other letter.
        var tracked = await (await citizen.GetAsync($"/api/v1/public/petitions/{sent[0]}")).ReadAsync<TrackedPetition>();
        Assert.Equal(PetitionStatus.Received, tracked.Status);
    }
}
