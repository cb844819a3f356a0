using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Mono.Cecil;

namespace Grassroots.Tests.Architecture;

/// <summary>Where a piece of code stands in docs/architecture.md.</summary>
public enum Layer
{
    /// <summary>Framework and libraries: anyone may use them.</summary>
    Outside,

    /// <summary>Program.cs: the composition root, which names every module.</summary>
    Host,

    /// <summary>Cross-cutting mechanics; depends on nothing of ours.</summary>
    Platform,

    /// <summary>The unit tree and the working calendar every module stands on.</summary>
    Kernel,

    /// <summary>The layout and shared partial views (Modules/Shared, _ViewImports, _ViewStart).</summary>
    SharedUi,

    /// <summary>A module's insides, its pages and views included.</summary>
    Module,

    /// <summary>A module's Contracts: what other modules may use.</summary>
    Contract,
}

public sealed record Owner(Layer Layer, string? Module = null)
{
    public override string ToString() => Module is null ? Layer.ToString() : $"{Layer} {Module}";
}

/// <summary>
/// The dependency rules of docs/architecture.md, checked on compiled code (Cecil: every type, method, field and
/// compiled Razor view) and on source (Roslyn: constants and enum members, which the compiler copies into the caller
/// and so leave no reference in the compiled code).
/// </summary>
public static class Boundaries
{
    private const string Root = "Grassroots.Web";
    private const string Views = "AspNetCoreGeneratedDocument";

    public static Owner OwnerOf(string ns, string typeName)
    {
        if (ns == Views)
        {
            // Compiled Razor views are named after their path: Modules_Petitions_Pages_Detail, Modules_Shared__Layout.
            var parts = typeName.Split('_');
            return parts.Length > 1 && parts[0] == "Modules" && parts[1].Length > 0 && parts[1] != "Shared"
                ? new Owner(Layer.Module, parts[1])
                : new Owner(Layer.SharedUi);
        }
        if (ns == Root)
        {
            return typeName is "Program" or "<Program>$" ? new Owner(Layer.Host) : new Owner(Layer.Platform);
        }
        if (!ns.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return new Owner(Layer.Outside);
        }
        var rest = ns[(Root.Length + 1)..].Split('.');
        return rest[0] switch
        {
            "Platform" => new Owner(Layer.Platform),
            "Kernel" => new Owner(Layer.Kernel),
            "Modules" when rest.Length > 2 && rest[2] == "Contracts" => new Owner(Layer.Contract, rest[1]),
            "Modules" when rest.Length > 1 => new Owner(Layer.Module, rest[1]),
            _ => new Owner(Layer.Host),
        };
    }

    /// <summary>May code of <paramref name="from"/> use <paramref name="to"/>?</summary>
    public static bool Allowed(Owner from, Owner to) => (from.Layer, to.Layer) switch
    {
        (_, Layer.Outside) => true,
        (Layer.Host or Layer.Outside, _) => true,
        (Layer.Platform, Layer.Platform) => true,
        (Layer.Kernel, Layer.Platform or Layer.Kernel) => true,
        (Layer.SharedUi, Layer.Platform or Layer.Kernel or Layer.SharedUi) => true,
        (Layer.Module, Layer.Platform or Layer.Kernel or Layer.Contract) => true,
        (Layer.Module, Layer.Module) => from.Module == to.Module,
        (Layer.Contract, Layer.Platform or Layer.Kernel or Layer.Contract) => true,
        _ => false,
    };

    /// <summary>Every rule broken by a compiled assembly: a forbidden reference, a contract that is not a contract, a cycle between modules.</summary>
    public static SortedSet<string> Check(AssemblyDefinition assembly)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var edges = new Dictionary<string, HashSet<string>>();
        foreach (var type in assembly.MainModule.Types.SelectMany(Flatten))
        {
            var outer = Outer(type);
            var from = OwnerOf(outer.Namespace, outer.Name);
            if (from.Layer == Layer.Contract && type == outer && !IsContractShaped(type))
            {
                found.Add($"contract {type.FullName} is a {Shape(type)}: contracts are interfaces, records and enums");
            }
            foreach (var used in References(type))
            {
                var target = Outer(used);
                var to = OwnerOf(target.Namespace, target.Name);
                if (!Allowed(from, to))
                {
                    found.Add($"{from}: {outer.FullName} → {to}: {target.FullName}");
                }
                if (from.Module is { } a && to.Module is { } b && a != b)
                {
                    (edges.TryGetValue(a, out var set) ? set : edges[a] = []).Add(b);
                }
            }
        }
        foreach (var cycle in Cycles(edges))
        {
            found.Add("cycle between modules: " + string.Join(" → ", cycle));
        }
        return found;
    }

    /// <summary>
    /// Constants and enum members used across a boundary, found in source: <paramref name="files"/> are (path, text);
    /// <paramref name="references"/> the assemblies the code compiles against.
    /// </summary>
    public static SortedSet<string> CheckConstants(IEnumerable<(string Path, string Text)> files, IEnumerable<MetadataReference> references)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Preview), f.Path)).ToList();
        var compilation = CSharpCompilation.Create("boundaries", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (model.GetSymbolInfo(name).Symbol is not IFieldSymbol { IsConst: true } field || field.ContainingType is not { } owner)
                {
                    continue;
                }
                var user = model.GetEnclosingSymbol(name.SpanStart)?.ContainingType ?? model.GetEnclosingSymbol(name.SpanStart) as INamedTypeSymbol;
                while (user?.ContainingType is { } outer)
                {
                    user = outer;
                }
                if (user is null)
                {
                    continue;
                }
                var from = OwnerOf(user.ContainingNamespace.ToDisplayString(), user.Name);
                var declaring = owner;
                while (declaring.ContainingType is { } outer)
                {
                    declaring = outer;
                }
                var to = OwnerOf(declaring.ContainingNamespace.ToDisplayString(), declaring.Name);
                if (!Allowed(from, to))
                {
                    var line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    found.Add($"{from}: {Path.GetFileName(tree.FilePath)}:{line} uses the constant {declaring.ToDisplayString()}.{field.Name} of {to}");
                }
            }
        }
        return found;
    }

    private static bool IsContractShaped(TypeDefinition type) =>
        type.IsInterface || type.IsEnum
        || type.Methods.Any(m => m.Name == "<Clone>$") // a record class
        || (type.IsValueType && type.Methods.Any(m => m.Name == "PrintMembers")) // a record struct
        || (type.IsAbstract && type.IsSealed && type.Methods.All(m => m.IsConstructor) && type.Fields.All(f => f.IsLiteral)); // constants only

    private static string Shape(TypeDefinition type) => type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class with code" : "class";

    private static List<List<string>> Cycles(Dictionary<string, HashSet<string>> edges)
    {
        var cycles = new List<List<string>>();
        var state = new Dictionary<string, int>();
        var path = new List<string>();
        void Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in edges.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    cycles.Add([.. path.Skip(path.IndexOf(next)), next]);
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }
        foreach (var node in edges.Keys.Order(StringComparer.Ordinal).Where(n => state.GetValueOrDefault(n) == 0))
        {
            Visit(node);
        }
        return cycles;
    }

    private static IEnumerable<TypeDefinition> Flatten(TypeDefinition type) => type.NestedTypes.SelectMany(Flatten).Prepend(type);

    private static TypeReference Outer(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        return type;
    }

    private static List<TypeReference> References(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null or GenericParameter:
                    return;
                case GenericInstanceType g:
                    Add(g.ElementType);
                    foreach (var a in g.GenericArguments)
                    {
                        Add(a);
                    }
                    return;
                case TypeSpecification s:
                    Add(s.ElementType);
                    return;
                default:
                    found.Add(t);
                    return;
            }
        }
        void AddAttributes(IEnumerable<CustomAttribute> attributes)
        {
            foreach (var a in attributes)
            {
                Add(a.AttributeType);
                foreach (var argument in a.ConstructorArguments.Concat(a.Properties.Select(p => p.Argument)))
                {
                    Add(argument.Value as TypeReference);
                }
            }
        }
        void AddMethod(MethodReference m)
        {
            Add(m.DeclaringType);
            Add(m.ReturnType);
            foreach (var p in m.Parameters)
            {
                Add(p.ParameterType);
            }
            if (m is GenericInstanceMethod gm)
            {
                foreach (var a in gm.GenericArguments)
                {
                    Add(a);
                }
            }
        }

        Add(type.BaseType);
        foreach (var i in type.Interfaces)
        {
            Add(i.InterfaceType);
        }
        AddAttributes(type.CustomAttributes);
        foreach (var f in type.Fields)
        {
            Add(f.FieldType);
            AddAttributes(f.CustomAttributes);
        }
        foreach (var p in type.Properties)
        {
            Add(p.PropertyType);
            AddAttributes(p.CustomAttributes);
        }
        foreach (var m in type.Methods)
        {
            AddMethod(m);
            AddAttributes(m.CustomAttributes);
            foreach (var p in m.Parameters)
            {
                AddAttributes(p.CustomAttributes);
            }
            if (!m.HasBody)
            {
                continue;
            }
            foreach (var v in m.Body.Variables)
            {
                Add(v.VariableType);
            }
            foreach (var instruction in m.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        Add(t);
                        break;
                    case MethodReference mr:
                        AddMethod(mr);
                        break;
                    case FieldReference fr:
                        Add(fr.DeclaringType);
                        Add(fr.FieldType);
                        break;
                }
            }
        }
        return found;
    }
}
