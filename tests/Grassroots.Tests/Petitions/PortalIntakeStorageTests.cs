using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Petitions.Register;
using Grassroots.Web.Platform.Audit;
using Microsoft.Extensions.DependencyInjection;

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
            // 10 working days (LTCD Điều 28) from Mon 23/11/2026: 24, 25, 26, 27, 30, 1, 2, 3, 4, 7.
            Assert.Equal((DeadlineState.Running, new DateOnly(2026, 12, 7)), (handle.State, handle.DueOn));
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

    [Theory, Providers]
    public async Task A_letter_the_database_refuses_fails_alone_and_leaves_nothing_behind(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var intake = app.Services.GetRequiredService<PetitionIntake>();
        var unitId = await app.DbAsync(db => db.Units.Where(u => u.Code == PetitionJourneyTests.Commune).Select(u => u.Id).SingleAsync());
        var taken = await app.DbAsync(db => db.Set<Petition>().Select(p => p.TrackingCode).FirstAsync());
        var today = new DateOnly(2026, 11, 23);
        (PetitionCase Case, object[] Rows) Letter(string code, string content)
        {
            var c = new PetitionCase { UnitId = unitId, Title = content, CreatedAt = GrassrootsApp.Start.UtcDateTime };
            var p = new Petition
            {
                UnitId = unitId, CaseId = c.Id, TrackingCode = code, Kind = PetitionKind.Reflection, Channel = PetitionChannel.Portal,
                Status = PetitionStatus.Received, ReceivedOn = today, Subject = content, Content = content, SignerCount = 1,
                CreatedAt = GrassrootsApp.Start.UtcDateTime,
            };
            return (c, [c, p]);
        }

        // Sent together, they share the writer's batches; the one whose tracking code is taken is refused by the
        // database. Its case row, written before it, must not stay; every other letter is stored.
        var good = Enumerable.Range(0, 30).Select(i => Letter(PetitionAccess.NewTrackingCode(today), $"Cống thoát nước thôn An Phú số {i} bị tắc")).ToList();
        var bad = Letter(taken, "Thư trùng mã theo dõi");
        var saving = good.Take(15).Select(l => intake.SaveAsync(l.Rows, default))
            .Append(intake.SaveAsync(bad.Rows, default))
            .Concat(good.Skip(15).Select(l => intake.SaveAsync(l.Rows, default))).ToList();
        var outcome = await Task.WhenAll(saving.Select(async t =>
        {
            try
            {
                await t;
                return true;
            }
            catch (Exception e) when (e is DbException or DbUpdateException)
            {
                return false;
            }
        }));

        Assert.Equal(30, outcome.Count(ok => ok));
        Assert.False(outcome[15]);
        // The refusal is recognised for what it is, so a citizen's letter whose drawn code is taken gets another.
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => saving[15]);
        Assert.True(RegisterPetition.TrackingCodeTaken(refused), refused.Message);
        var codes = good.Select(l => ((Petition)l.Rows[1]).TrackingCode).ToList();
        Assert.Equal(30, await app.DbAsync(db => db.Set<Petition>().CountAsync(p => codes.Contains(p.TrackingCode))));
        Assert.False(await app.DbAsync(db => db.Set<PetitionCase>().AnyAsync(c => c.Id == bad.Case.Id)));
    }
}
