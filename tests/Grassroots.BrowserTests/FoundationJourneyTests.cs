using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class FoundationJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_officer_signs_in_and_lands_on_a_Vietnamese_home_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/units");
        Assert.Contains("/account/login", page.Url); // pages ask for sign-in first

        await BrowserFixture.SignInAsync(page, "cb.binhan", DemoAccounts.DemoPassword);

        Assert.EndsWith("/units", page.Url);
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đơn vị");
        await BrowserFixture.ShotAsync(page, "01-signed-in-units");
    }

    [Fact]
    public async Task A_wrong_password_is_explained_in_Vietnamese()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Tên đăng nhập").FillAsync("admin");
        await page.GetByLabel("Mật khẩu").FillAsync("sai-mat-khau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        await BrowserFixture.ShotAsync(page, "02-wrong-password");
    }

    [Fact]
    public async Task An_administrator_browses_the_old_tree_and_the_new_one()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin", DemoAccounts.AdminPassword);
        await page.GotoAsync("/units");
        await Assertions.Expect(page.Locator("[data-code='522']")).ToHaveCountAsync(0); // no districts today

        await page.Locator("#before-reform").ClickAsync();
        var district = page.Locator("[data-code='522']");
        await Assertions.Expect(district.Locator("a").First).ToHaveTextAsync("Huyện Bình Sơn");
        // The line under the name opens the branch; the name is a link to the unit.
        await district.Locator("summary").First.ClickAsync();
        await Assertions.Expect(district.GetByRole(AriaRole.Link, new() { Name = "Thị trấn Châu Ổ" })).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "03-tree-before-reform");

        await district.GetByRole(AriaRole.Link, new() { Name = "Xã Bình An", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync("Xã Bình An");
        await Assertions.Expect(page.Locator("#unit-ended")).ToContainTextAsync("1/7/2025");
        await Assertions.Expect(page.Locator("#lineage")).ToContainTextAsync("Sáp nhập");
        await BrowserFixture.ShotAsync(page, "04-unit-lineage");
    }

    [Fact]
    public async Task The_language_switch_turns_the_interface_to_English_and_back()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin", DemoAccounts.AdminPassword);
        await page.GotoAsync("/units");
        await page.Locator("#lang-switch").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Units");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Welcome");
        await BrowserFixture.ShotAsync(page, "05-english");

        await page.Locator("#lang-switch").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Xin chào");
    }

    [Fact]
    public async Task Another_communes_page_is_refused_with_a_clear_message()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "cb.binhan", DemoAccounts.DemoPassword);
        var response = await page.GotoAsync("/units/522");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("#error-message")).ToContainTextAsync("Bạn không có quyền với dữ liệu của Huyện Bình Sơn");
        await BrowserFixture.ShotAsync(page, "06-denied");
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_from_the_keyboard()
    {
        var page = await fixture.NewPageAsync(width: 360, height: 740);
        await BrowserFixture.SignInAsync(page, "admin", DemoAccounts.AdminPassword);
        await page.GotoAsync("/");
        await BrowserFixture.ShotAsync(page, "07-phone-home");
        var accounts = page.Locator("#mainNav").GetByRole(AriaRole.Link, new() { Name = "Tài khoản", Exact = true });
        await Assertions.Expect(accounts).Not.ToBeVisibleAsync();

        // Tab from the top: the skip link first, then the brand, then the menu button.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".navbar-toggler")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        // The menu groups the functions by the law's pillars; accounts are under administration.
        var administration = page.Locator("#mainNav").GetByRole(AriaRole.Button, new() { Name = "Quản trị", Exact = true });
        await Assertions.Expect(administration).ToBeVisibleAsync();
        await administration.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(accounts).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "07-phone-menu");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"The page scrolls sideways on a phone: {width}px");
    }
}
