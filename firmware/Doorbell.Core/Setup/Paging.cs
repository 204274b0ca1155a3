namespace Doorbell.Setup
{
    /// <summary>"?from=N" for the long lists, so no page outgrows its weight budget.</summary>
    public static class Paging
    {
        public static string From(Exchange x, int count, out int from)
        {
            from = 0;
            return x.Target.Query.Has("from") ? FieldParse.Int(x.Target.Query, "from", "The list position \"from\"", 0, count, out from) : null;
        }

        public static void Links(Html html, string path, int from, int pageSize, int count)
        {
            html.Raw("<p>");
            if (from > 0)
            {
                html.Raw("<a href=\"").Raw(path).Raw("?from=").Number(from > pageSize ? from - pageSize : 0).Raw("\">Newer</a> ");
            }

            if (from + pageSize < count)
            {
                html.Raw("<a href=\"").Raw(path).Raw("?from=").Number(from + pageSize).Raw("\">Older</a>");
            }

            html.Raw("</p>");
        }
    }
}
