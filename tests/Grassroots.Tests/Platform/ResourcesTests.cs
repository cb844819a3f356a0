using System.Text;
using System.Xml.Linq;
using Grassroots.Web.Platform.Audit;
using Grassroots.Web.Platform.Auth;

namespace Grassroots.Tests.Platform;

public sealed class ResourcesTests
{
    private static readonly string Source = Path.Combine(Infrastructure.Repo.Root, "src", "Grassroots.Web");

    /// <summary>Every resource file of the app (the platform's, the kernels', each module's), Vietnamese or English.</summary>
    private static IEnumerable<string> Files(bool english) =>
        System.IO.Directory.EnumerateFiles(Source, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => f.EndsWith(".en.resx", StringComparison.Ordinal) == english);

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static Dictionary<string, string> Load(string file) =>
        Files(file.EndsWith(".en.resx", StringComparison.Ordinal)).SelectMany(f => Entries(f)).ToDictionary(kv => kv.Key, kv => kv.Value);

    [Fact]
    public void Each_module_file_has_its_English_twin_with_the_same_keys()
    {
        var files = Files(english: false).ToList();
        Assert.True(files.Count >= 14, $"{files.Count} resource files");
        Assert.All(files, vi =>
        {
            var en = vi[..^".resx".Length] + ".en.resx";
            Assert.True(File.Exists(en), en);
            Assert.Empty(Entries(vi).Keys.Except(Entries(en).Keys));
            Assert.Empty(Entries(en).Keys.Except(Entries(vi).Keys));
        });
    }

    [Fact]
    public void No_string_is_defined_in_two_files_and_the_app_reads_them_all()
    {
        // Load throws on a key defined twice; the app's merged table stops its start the same way.
        var vi = Load("SharedResource.resx");
        var merged = new Web.MergedResources();
        Assert.Equal(vi.Count, merged.Vietnamese.Count);
        Assert.Equal("Đơn thư", merged.Vietnamese["Nav.Petitions"]);
        Assert.Equal("Petitions", merged.English["Nav.Petitions"]);
    }

    [Fact]
    public void Vietnamese_text_is_NFC_and_has_its_diacritics()
    {
        var vi = Load("SharedResource.resx");
        Assert.All(vi, kv => Assert.True(kv.Value.IsNormalized(NormalizationForm.FormC), kv.Key));
        Assert.Equal("Đăng nhập", vi["Login.Title"]);
        Assert.Equal("Thôn, tổ dân phố", vi["UnitKind.ResidentialCommunity"]);
    }

    [Fact]
    public void Every_enum_shown_to_people_has_a_name_in_both_languages()
    {
        var vi = Load("SharedResource.resx");
        var en = Load("SharedResource.en.resx");
        var keys = Enum.GetNames<UnitKind>().Select(n => $"UnitKind.{n}")
            .Concat(Enum.GetNames<Role>().Select(n => $"Role.{n}"))
            .Concat(Enum.GetNames<LineageEventKind>().Select(n => $"LineageEventKind.{n}"))
            .Concat(Enum.GetNames<AuditAction>().Select(n => $"AuditAction.{n}"))
            .Concat(Enum.GetNames<PetitionKind>().Select(n => $"PetitionKind.{n}"))
            .Concat(Enum.GetNames<PetitionChannel>().Select(n => $"PetitionChannel.{n}"))
            .Concat(Enum.GetNames<Web.Modules.Petitions.PetitionStatus>().Select(n => $"PetitionStatus.{n}"))
            .Concat(Enum.GetNames<Web.Modules.Petitions.PetitionEventKind>().Select(n => $"PetitionEventKind.{n}"))
            .Concat(Enum.GetNames<Web.Modules.Petitions.Queue.DueFilter>().Select(n => $"DueFilter.{n}"))
            .Concat(Enum.GetNames<Web.Modules.Petitions.Handle.VerificationMethod>().Select(n => $"VerificationMethod.{n}"))
            .Concat(Enum.GetNames<Web.Modules.Reception.VisitOutcome>().Select(n => $"VisitOutcome.{n}"))
            .Concat(Enum.GetNames<Web.Modules.Disclosure.DisclosureAudience>().Select(n => $"DisclosureAudience.{n}"))
            .Concat(Enum.GetNames<Web.Modules.Disclosure.DisclosureForms>().Select(n => $"DisclosureForms.{n}"))
            .Concat(Enum.GetNames<Web.Modules.Disclosure.ComplianceState>().Select(n => $"ComplianceState.{n}"))
            .Concat(Enum.GetNames<Web.Modules.Conventions.ConventionKind>().Select(n => $"ConventionKind.{n}"))
            .Concat(Enum.GetNames<Web.Modules.Conventions.ConventionStage>().Select(n => $"ConventionStage.{n}"))
            .Concat(Enum.GetNames<Web.Modules.Conventions.FileDocuments>().Select(n => $"FileDocuments.{n}"))
            .Concat(Enum.GetNames<DayKind>().Select(n => $"DayKind.{n}"))
            .Concat(Enum.GetNames<Web.Modules.Decisions.VoteForm>().Select(n => $"VoteForm.{n}"));
        Assert.All(keys, k => Assert.True(vi.ContainsKey(k) && en.ContainsKey(k), k));
    }

}
