using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Mono.Cecil;

namespace Grassroots.Tests.Architecture;

/// <summary>
/// The boundaries of docs/architecture.md hold on main: the platform depends on nothing of ours, the kernels on the
/// platform only, a module on the platform, the kernels and other modules' contracts; contracts are interfaces, records
/// and enums; no two modules depend on each other, directly or round about. And the check is worth something: it fails
/// on each kind of violation planted in a small assembly compiled here.
/// </summary>
public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Main_keeps_every_boundary_in_compiled_code_and_views()
    {
        using var assembly = AssemblyDefinition.ReadAssembly(typeof(Program).Assembly.Location);
        var violations = Boundaries.Check(assembly);
        Assert.True(violations.Count == 0, "Boundaries broken:\n" + string.Join("\n", violations));

        // The check saw what it is about: modules, their compiled views, and real use of another module's contract.
        var owners = assembly.MainModule.Types.Select(t => Boundaries.OwnerOf(t.Namespace, t.Name)).ToList();
        Assert.True(owners.Where(o => o.Layer == Layer.Module).Select(o => o.Module).Distinct().Count() >= 12);
        Assert.Contains(assembly.MainModule.Types, t => t.Namespace == "AspNetCoreGeneratedDocument" && t.Name.StartsWith("Modules_Petitions_", StringComparison.Ordinal));
        Assert.Contains(assembly.MainModule.Types, t => t.Namespace == "AspNetCoreGeneratedDocument" && t.Name.StartsWith("Modules_Shared_", StringComparison.Ordinal));
    }

    [Fact]
    public void Main_uses_no_constant_across_a_boundary()
    {
        var source = Path.Combine(Infrastructure.Repo.Root, "src", "Grassroots.Web");
        var files = System.IO.Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}")
                && (!f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || f.EndsWith(".GlobalUsings.g.cs", StringComparison.Ordinal)))
            .GroupBy(f => f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") ? "usings" : f)
            .Select(g => g.OrderByDescending(File.GetLastWriteTimeUtc).First())
            .Select(f => (f, File.ReadAllText(f)))
            .ToList();
        Assert.Contains(files, f => f.f.EndsWith(".GlobalUsings.g.cs", StringComparison.Ordinal));
        var violations = Boundaries.CheckConstants(files, AppReferences());
        Assert.True(violations.Count == 0, "Constants used across a boundary:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_check_fails_on_each_kind_of_planted_violation()
    {
        const string planted = """
            namespace Grassroots.Web.Modules.Alpha
            {
                public sealed class AlphaThing { public const string Secret = "s"; }
                public sealed class UsesBeta(Grassroots.Web.Modules.Beta.Contracts.IBeta beta) { public object B => beta; }
            }
            namespace Grassroots.Web.Modules.Alpha.Contracts
            {
                public interface IAlpha { }
                public sealed record AlphaFigures(int Count);
                public sealed class AlphaService { public int Count() => 1; }
            }
            namespace Grassroots.Web.Modules.Beta.Contracts
            {
                public interface IBeta { }
            }
            namespace Grassroots.Web.Modules.Beta
            {
                public sealed class UsesAlpha(Grassroots.Web.Modules.Alpha.Contracts.IAlpha alpha)
                {
                    public object A => alpha;
                    public string Copied => Grassroots.Web.Modules.Alpha.AlphaThing.Secret;
                }
            }
            namespace Grassroots.Web.Platform
            {
                public sealed class PlatformReachesIn { public object Make() => new Grassroots.Web.Modules.Alpha.AlphaThing(); }
            }
            namespace AspNetCoreGeneratedDocument
            {
                public sealed class Modules_Beta_Pages_Index { public object Model => new Grassroots.Web.Modules.Alpha.AlphaThing(); }
            }
            """;
        var references = AppReferences().ToList();
        var compilation = CSharpCompilation.Create("planted", [CSharpSyntaxTree.ParseText(planted)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        using var assembly = AssemblyDefinition.ReadAssembly(image);

        var found = Boundaries.Check(assembly);
        Assert.Contains("Platform: Grassroots.Web.Platform.PlatformReachesIn → Module Alpha: Grassroots.Web.Modules.Alpha.AlphaThing", found);
        Assert.Contains("Module Beta: AspNetCoreGeneratedDocument.Modules_Beta_Pages_Index → Module Alpha: Grassroots.Web.Modules.Alpha.AlphaThing", found);
        Assert.Contains("cycle between modules: Alpha → Beta → Alpha", found);
        Assert.Contains("contract Grassroots.Web.Modules.Alpha.Contracts.AlphaService is a class: contracts are interfaces, records and enums", found);
        Assert.DoesNotContain(found, f => f.Contains("AlphaFigures", StringComparison.Ordinal));
        // The constant leaves no trace in compiled code: only the source check sees it.
        Assert.DoesNotContain(found, f => f.Contains("UsesAlpha →", StringComparison.Ordinal) && f.Contains("AlphaThing", StringComparison.Ordinal));
        var constants = Boundaries.CheckConstants([("Planted.cs", planted)], references);
        Assert.Contains("Module Beta: Planted.cs:21 uses the constant Grassroots.Web.Modules.Alpha.AlphaThing.Secret of Module Alpha", constants);
    }

    [Fact]
    public void Reception_registers_letters_through_the_petitions_contract()
    {
        // The rules are only worth something if they see real cross-module calls: Reception does use Petitions.
        using var assembly = AssemblyDefinition.ReadAssembly(typeof(Program).Assembly.Location);
        var reception = assembly.MainModule.Types.Where(t => Boundaries.OwnerOf(t.Namespace, t.Name) == new Owner(Layer.Module, "Reception"))
            .SelectMany(t => t.NestedTypes.Prepend(t));
        Assert.Contains(reception, t => t.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions)
            .Any(i => i.Operand is MethodReference r && r.DeclaringType.Namespace == "Grassroots.Web.Modules.Petitions.Contracts"));
    }

    /// <summary>What the app compiles against: the runtime and ASP.NET Core, and the libraries beside the tests.</summary>
    private static IEnumerable<MetadataReference> AppReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var beside = System.IO.Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll").Where(f => !Path.GetFileName(f).StartsWith("Grassroots.", StringComparison.Ordinal));
        return platform.Concat(beside).DistinctBy(Path.GetFileName).Select(p => MetadataReference.CreateFromFile(p));
    }

}
