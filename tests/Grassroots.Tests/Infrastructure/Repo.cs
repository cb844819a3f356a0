namespace Grassroots.Tests.Infrastructure;

/// <summary>The repository the tests run from (source files, docs).</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Grassroots.slnx")))
        {
            dir = dir.Parent;
        }
        return dir.FullName;
    }
}
