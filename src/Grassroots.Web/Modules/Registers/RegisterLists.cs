namespace Grassroots.Web.Modules.Registers;

/// <summary>Which rows a register's list shows: those in the caller's reach, of a unit's subtree, in a period, a page at a time.</summary>
public sealed record RegisterFilter(string? Unit = null, DateOnly? From = null, DateOnly? To = null, int Page = 1)
{
    public void Validate() => new Validation()
        .Text(Unit, "unit", Kernel.Units.Unit.CodeMaxLength, required: false)
        .Date(From, "from")
        .Date(To, "to")
        .Require(From is null || To is null || To >= From, "to", "Registers.EndBeforeStart")
        .Require(Page is >= 1 and <= 100_000, "page", "Registers.PageRange")
        .ThrowIfInvalid();
}

/// <summary>A page of a register: <see cref="Size"/> rows of <see cref="Total"/>, newest first.</summary>
public sealed record RegisterPage<T>(IReadOnlyList<T> Rows, int Page, int Total)
{
    public const int Size = 50;

    public int Pages => Math.Max(1, (Total + Size - 1) / Size);

    public static async Task<RegisterPage<T>> ReadAsync<TRow>(IQueryable<TRow> ordered, int page, Func<List<TRow>, Task<List<T>>> map, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + Size - 1) / Size));
        var rows = await ordered.Skip((page - 1) * Size).Take(Size).ToListAsync(ct);
        return new RegisterPage<T>(await map(rows), page, total);
    }
}
