using System.Linq.Expressions;

namespace Grassroots.Web.Kernel.Units;

/// <summary>Builds "the row's unit lies in one of these subtrees" as a query predicate (OR of path prefixes).</summary>
public static class UnitPaths
{
    public static Expression<Func<T, bool>> Within<T>(Expression<Func<T, string>> unitPath, IEnumerable<string> paths)
    {
        var parameter = unitPath.Parameters[0];
        Expression body = Expression.Constant(false);
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        foreach (var prefix in Minimal(paths))
        {
            // A captured value (not a constant) keeps each prefix a SQL parameter.
            var value = Expression.Property(Expression.Constant(new PrefixHolder(prefix)), nameof(PrefixHolder.Value));
            body = Expression.OrElse(body, Expression.Call(unitPath.Body, startsWith, value));
        }
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    /// <summary>Drops prefixes already covered by a shorter one.</summary>
    public static List<string> Minimal(IEnumerable<string> paths)
    {
        var result = new List<string>();
        foreach (var path in paths.Distinct().OrderBy(p => p.Length))
        {
            if (!result.Any(r => path.StartsWith(r, StringComparison.Ordinal)))
            {
                result.Add(path);
            }
        }
        return result;
    }

    private sealed record PrefixHolder(string Value);
}
