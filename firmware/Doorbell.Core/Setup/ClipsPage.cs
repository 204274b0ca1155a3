using Doorbell.Ports;
using Doorbell.Recording;

namespace Doorbell.Setup
{
    /// <summary>GET /clips?from=N (list), GET /clips/get?name=X (download), POST /clips/delete (the ticked ones).</summary>
    public static class ClipsPage
    {
        public const int PageSize = 50;

        public static SetupResponse Show(Exchange x)
        {
            string[] names = x.App.Recorder.ListClips();
            int from;
            string problem = Paging.From(x, names.Length, out from);
            if (problem != null)
            {
                return Replies.Error(400, problem);
            }

            var html = new Html();
            Layout.Begin(html, "Clips", x, null);
            html.Raw("<p>Clips on the device: ").Number(names.Length).Raw(", newest first. M = motion, R = doorbell ring, T = emergency trigger ")
                .Raw("(kept until you delete them). They are MJPEG in AVI: VLC and ffmpeg play them.</p>");
            if (names.Length > 0)
            {
                html.Raw("<form method=post action=\"/clips/delete\">");
                Layout.TokenField(html, x.Session);
                html.Raw("<table><tr><th>Delete<th>Clip<th>Size</tr>");
                int end = from + PageSize < names.Length ? from + PageSize : names.Length;
                for (int i = from; i < end; i++)
                {
                    html.Raw("<tr><td><input type=checkbox name=clip value=\"").Text(names[i]).Raw("\"><td><a href=\"/clips/get?name=")
                        .Text(names[i]).Raw("\" download>").Text(names[i]).Raw("</a><td>").Text(Size(x.App.Clips.SizeOf(names[i]))).Raw("</tr>");
                }

                html.Raw("</table><button>Delete the ticked clips</button></form>");
                Paging.Links(html, "/clips", from, PageSize, names.Length);
            }

            Layout.End(html);
            return Replies.Page(html, 200, null);
        }

        /// <summary>Streams the clip: the endpoint copies it in chunks after the app's lock is released.</summary>
        public static SetupResponse Download(Exchange x)
        {
            string name = x.Query("name");
            if (name == null || ClipName.TryParse(name) == null)
            {
                return Replies.Error(400, "That is not a clip name.");
            }

            if (x.App.Recorder.IsRecording && x.App.Recorder.CurrentClipName == name)
            {
                return Replies.Error(409, "That clip is still being recorded; download it when it ends.");
            }

            IClipFile file = x.App.Clips.Open(name);
            if (file == null)
            {
                return Replies.Error(404, "No such clip (deleted?).");
            }

            x.Logged("clip downloaded: " + name);
            return Replies.Secured(SetupResponse.FromFile(200, "video/x-msvideo", file))
                .WithHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }

        public static SetupResponse Delete(Exchange x)
        {
            int deleted = 0;
            int asked = 0;
            for (int i = 0; i < x.Form.Count; i++)
            {
                if (x.Form.Name(i) != "clip")
                {
                    continue;
                }

                asked++;
                if (ClipName.TryParse(x.Form.Value(i)) == null)
                {
                    return Replies.Error(400, "\"" + x.Form.Value(i) + "\" is not a clip name; nothing more was deleted.");
                }

                if (x.App.Recorder.DeleteClip(x.Form.Value(i)))
                {
                    deleted++;
                }
            }

            x.Logged("deleted " + deleted.ToString() + " of " + asked.ToString() + " ticked clips");
            return Replies.Redirect("/clips?done=deleted");
        }

        private static string Size(long bytes)
        {
            if (bytes < 0)
            {
                return "";
            }

            return bytes < 1024 * 1024 ? ((bytes + 1023) / 1024).ToString() + " KB"
                : (bytes / (1024 * 1024)).ToString() + "." + (bytes % (1024 * 1024) * 10 / (1024 * 1024)).ToString() + " MB";
        }
    }
}
