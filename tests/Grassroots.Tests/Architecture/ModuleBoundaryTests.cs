using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Grassroots.Tests.Architecture;

/// <summary>
/// Modules talk through <c>Contracts/</c>, never through each other's internals (ARCHITECTURE.md). The unit tree
/// (Directory) and the working calendar (Calendar) are the shared kernel every module stands on.
/// This reads the compiled app and fails on any type of one module that touches another module's non-contract type.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private const string Modules = "Grassroots.Web.Modules.";
    private static readonly HashSet<string> SharedKernel = ["Directory", "Calendar"];

    [Fact]
    public void Modules_use_each_other_only_through_contracts()
    {
        using var assembly = AssemblyDefinition.ReadAssembly(typeof(Program).Assembly.Location);
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        var modulesSeen = new HashSet<string>();
        foreach (var type in assembly.MainModule.Types.SelectMany(Flatten))
        {
            var owner = ModuleOf(NamespaceOf(type));
            if (owner is null)
            {
                continue;
            }
            modulesSeen.Add(owner);
            foreach (var used in References(type))
            {
                var ns = NamespaceOf(used);
                var target = ModuleOf(ns);
                if (target is null || target == owner || SharedKernel.Contains(target) || ns.StartsWith(Modules + target + ".Contracts", StringComparison.Ordinal))
                {
                    continue;
                }
                violations.Add($"{Outer(type).FullName} → {used.FullName}");
            }
        }
        Assert.Contains("Petitions", modulesSeen);
        Assert.Contains("Reception", modulesSeen);
        Assert.True(violations.Count == 0, "Modules reaching into each other:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Reception_registers_letters_through_the_petitions_contract()
    {
        // The rule above is only worth something if it sees real cross-module calls: Reception does use Petitions.
        using var assembly = AssemblyDefinition.ReadAssembly(typeof(Program).Assembly.Location);
        var reception = assembly.MainModule.Types.SelectMany(Flatten).Where(t => ModuleOf(NamespaceOf(t)) == "Reception");
        Assert.Contains(reception.SelectMany(References), r => NamespaceOf(r) == Modules + "Petitions.Contracts");
    }

    private static string? ModuleOf(string ns)
    {
        if (!ns.StartsWith(Modules, StringComparison.Ordinal))
        {
            return null;
        }
        var rest = ns[Modules.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
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

    private static string NamespaceOf(TypeReference type) => Outer(type).Namespace;

    private static IEnumerable<TypeReference> References(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null:
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
                case GenericParameter:
                    return;
                default:
                    found.Add(t);
                    return;
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
        foreach (var a in type.CustomAttributes)
        {
            Add(a.AttributeType);
        }
        foreach (var f in type.Fields)
        {
            Add(f.FieldType);
        }
        foreach (var p in type.Properties)
        {
            Add(p.PropertyType);
        }
        foreach (var m in type.Methods)
        {
            AddMethod(m);
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
                    case Instruction or Instruction[] or VariableDefinition or ParameterDefinition or null:
                        break;
                }
            }
        }
        return found;
    }
}
