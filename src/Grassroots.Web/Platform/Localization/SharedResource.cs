using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web;

/// <summary>
/// The app's one vocabulary, read through <c>IStringLocalizer&lt;SharedResource&gt;</c>. Its strings live beside their
/// owners: the platform's in <c>Resources/SharedResource.resx</c>, the kernels' in <c>Kernel/Resources</c>, each module's
/// in <c>Modules/&lt;Module&gt;/Resources</c> (Vietnamese in the neutral file, English in <c>.en.resx</c>). They are merged
/// into one table per language when the app starts; a key defined twice stops the start.
/// </summary>
public sealed class SharedResource;

/// <summary>Every resource file of the assembly, merged (see <see cref="SharedResource"/>).</summary>
public sealed class MergedResources
{
    private readonly FrozenDictionary<string, string> _vietnamese;
    private readonly FrozenDictionary<string, string> _english;

    public MergedResources()
    {
        var assembly = typeof(SharedResource).Assembly;
        var bases = assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => n[..^".resources".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
        _vietnamese = Merge(assembly, bases, CultureInfo.InvariantCulture);
        _english = Merge(assembly, bases, CultureInfo.GetCultureInfo("en"));
        Files = bases;
    }

    /// <summary>The resource files found (their manifest names, without ".resources").</summary>
    public IReadOnlyList<string> Files { get; }

    public IReadOnlyDictionary<string, string> Vietnamese => _vietnamese;

    public IReadOnlyDictionary<string, string> English => _english;

    public string? Find(string key, CultureInfo culture) =>
        (culture.TwoLetterISOLanguageName == "en" ? _english : _vietnamese).GetValueOrDefault(key) ?? _vietnamese.GetValueOrDefault(key);

    private static FrozenDictionary<string, string> Merge(System.Reflection.Assembly assembly, List<string> bases, CultureInfo culture)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in bases)
        {
            var set = new ResourceManager(name, assembly).GetResourceSet(culture, createIfNotExists: true, tryParents: false);
            if (set is null)
            {
                continue;
            }
            foreach (System.Collections.DictionaryEntry entry in set)
            {
                var key = (string)entry.Key;
                if (!owner.TryAdd(key, name))
                {
                    throw new InvalidOperationException($"The string '{key}' is defined in both {owner[key]} and {name}.");
                }
                merged[key] = (string)entry.Value!;
            }
        }
        return merged.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>Reads <see cref="MergedResources"/> in the request's language, falling back to Vietnamese, then to the key.</summary>
public sealed class MergedStringLocalizer(MergedResources resources) : IStringLocalizer<SharedResource>
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = resources.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var found = this[name];
            return found.ResourceNotFound ? found : new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, found.Value, arguments));
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? resources.English : resources.Vietnamese)
        .Select(kv => new LocalizedString(kv.Key, kv.Value));
}

/// <summary>Gives <see cref="MergedStringLocalizer"/> for <see cref="SharedResource"/> (the framework's data annotations ask the factory).</summary>
public sealed class MergedStringLocalizerFactory(MergedStringLocalizer merged, ResourceManagerStringLocalizerFactory inner) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => resourceSource == typeof(SharedResource) ? merged : inner.Create(resourceSource);

    public IStringLocalizer Create(string baseName, string location) => inner.Create(baseName, location);
}
