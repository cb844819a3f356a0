using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Reports;

namespace Grassroots.Tests.Reports;

/// <summary>The templates page edits a template as a form: what it shows is the template, and what it saves is what it showed.</summary>
public sealed class TemplateFormTests
{
    [Fact]
    public void Each_shipped_template_reads_into_the_form_and_back_unchanged()
    {
        foreach (var (_, _, body) in BuiltInTemplates.All)
        {
            Assert.Equal(body.ToJson(), TemplateForm.From(body).ToBody().ToJson());
        }
    }

    [Fact]
    public void Sections_are_placed_by_their_depth_and_removed_rows_are_left_out()
    {
        var form = TemplateForm.From(BuiltInTemplates.Government);
        form.Sections.Add(new SectionForm { Level = 3, Title = "CÔNG TÁC HÒA GIẢI", Blocks = [new BlockForm { Kind = BlockKind.Prose, ProseKey = "mediation", Hint = "Kết quả hòa giải." }] });
        form.Sections.Add(new SectionForm { Level = 2, Title = "Bỏ đi", Remove = true });
        form.Sections[0].Blocks[0].Remove = true;
        var body = form.ToBody();
        Assert.Equal(5, body.Sections.Count);
        Assert.Equal("CÔNG TÁC HÒA GIẢI", body.Sections[^1].Children!.Single().Title); // a depth that skips a level goes one below the part above
        Assert.Single(body.Sections[0].Blocks!);
        Assert.DoesNotContain(body.AllSections(), s => s.Title == "Bỏ đi");
    }

    [Theory, Providers]
    public async Task A_template_whose_section_or_block_is_incomplete_is_refused_in_the_readers_language_and_no_version_is_saved(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var form = TemplateForm.From(BuiltInTemplates.Government);
        form.Sections.Add(new SectionForm { Level = 1, Title = "HÒA GIẢI", Blocks = [new BlockForm { Kind = BlockKind.Prose, ProseKey = "Hòa giải" }] });
        var refused = await admin.PostAsJsonAsync("/api/v1/reports/templates/dan-van-chinh-quyen", new { name = "Mẫu mới", body = form.ToBody() });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Phần đơn vị tự viết phải có mã", await refused.Content.ReadAsStringAsync());
        form.Sections[^1] = new SectionForm { Level = 1, Title = " ", Blocks = [new BlockForm { Kind = BlockKind.Table }] };
        var english = await admin.PostAsJsonAsync("/api/v1/reports/templates/dan-van-chinh-quyen?lang=en", new { name = "New", body = form.ToBody() });
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        var text = await english.Content.ReadAsStringAsync();
        Assert.Contains("Every section needs a title", text);
        Assert.Contains("A table shows 1 to 12 indicators", text);
        var template = await (await admin.GetAsync("/api/v1/reports/templates/dan-van-chinh-quyen")).ReadAsync<TemplateDto>();
        Assert.Equal(1, template.Version);
    }
}
