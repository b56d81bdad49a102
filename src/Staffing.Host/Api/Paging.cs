namespace Staffing.Host.Api;

/// <summary>One page of a list, with the total so a client can page on.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary><c>?page=&amp;pageSize=</c>, checked: page from 1, page size 1 to 200 (default 50).</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 200;

    public static bool TryCreate(int? page, int? pageSize, IDictionary<string, string[]> errors, out PageRequest request)
    {
        request = new PageRequest(page ?? 1, pageSize ?? 50);
        if (request.Page < 1)
        {
            errors["page"] = ["page starts at 1"];
        }

        if (request.PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be from 1 to {MaxPageSize}"];
        }

        return errors.Count == 0;
    }

    public Paged<T> Of<T>(IReadOnlyCollection<T> all) =>
        new(all.Skip((Page - 1) * PageSize).Take(PageSize).ToList(), Page, PageSize, all.Count);
}
