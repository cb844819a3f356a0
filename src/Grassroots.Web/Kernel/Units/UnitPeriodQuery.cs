namespace Grassroots.Web.Kernel.Units;

/// <summary>The unit and period every statistics endpoint asks for, validated once.</summary>
public static class StatisticsQuery
{
    public static async Task<(Unit Unit, DateOnly From, DateOnly To)> RequireAsync(UnitScope scope, string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        new Validation()
            .Text(unit, "unit", Unit.CodeMaxLength)
            .Require(from is not null, "from", "Validation.Required")
            .Require(to is not null, "to", "Validation.Required")
            .Require(from is null || to is null || (from <= to && to.Value.DayNumber - from.Value.DayNumber <= 366 * 5), "to", "Statistics.PeriodInvalid")
            .ThrowIfInvalid();
        return (await scope.RequireAsync(Text.Clean(unit), Permission.View, ct), from!.Value, to!.Value);
    }
}
