namespace Grassroots.Web.Modules.Registers.Pages;

/// <summary>The previous and next links of a register's list page.</summary>
public sealed record Pager(string Path, int Page, int Pages, string Query);
