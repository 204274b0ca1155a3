using Doorbell.Motion;
using Doorbell.Ports;
using Doorbell.Settings;
using Doorbell.Text;

namespace Doorbell.Setup
{
    /// <summary>GET/POST /motion: sensitivity and the 16x12 mask of cells the detector ignores (ticked = ignored).</summary>
    public static class MotionPage
    {
        public static SetupResponse Show(Exchange x, int status, string problem)
        {
            DeviceSettings s = x.Settings;
            var html = new Html();
            Layout.Begin(html, "Motion", x, null);
            Layout.Problem(html, problem);
            html.Raw("<form method=post action=\"/motion\"><fieldset><legend>Motion recording</legend>");
            Layout.TokenField(html, x.Session);
            html.Raw("<label>Sensitivity (").Number(SensitivityProfile.Min).Raw(" = only large, clear movement; ").Number(SensitivityProfile.Max)
                .Raw(" = small movements too)<br><input type=number name=sensitivity min=").Number(SensitivityProfile.Min).Raw(" max=")
                .Number(SensitivityProfile.Max).Raw(" value=").Number(s.MotionSensitivity).Raw(" required></label>")
                .Raw("<p>Ignored areas: the grid covers the camera's picture, top left to bottom right. Tick the cells to ignore ")
                .Raw("(a street, a tree that sways).</p><div class=mask>");
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                html.Raw("<input type=checkbox name=m value=").Number(cell).Raw(MotionGrid.IsExcluded(s.MotionMask, cell) ? " checked>" : ">");
            }

            html.Raw("</div><button>Save</button></fieldset></form>");
            Layout.End(html);
            return Replies.Page(html, status, null);
        }

        public static SetupResponse Save(Exchange x)
        {
            int sensitivity;
            string problem = FieldParse.Int(x.Form, "sensitivity", "The sensitivity", SensitivityProfile.Min, SensitivityProfile.Max, out sensitivity);
            var mask = new byte[MotionGrid.MaskBytes];
            int ignored = 0;
            for (int i = 0; i < x.Form.Count && problem == null; i++)
            {
                if (x.Form.Name(i) != "m")
                {
                    continue;
                }

                int cell = ParseCell(x.Form.Value(i));
                if (cell < 0)
                {
                    problem = "Mask cell \"" + x.Form.Value(i) + "\" does not exist: cells are numbered 0 to " + (MotionGrid.CellCount - 1).ToString() + ".";
                }
                else if ((mask[cell >> 3] & (1 << (cell & 7))) == 0)
                {
                    mask[cell >> 3] |= (byte)(1 << (cell & 7));
                    ignored++;
                }
            }

            DeviceSettings next = x.Settings.Clone();
            next.MotionSensitivity = sensitivity;
            next.MotionMask = mask;
            if (problem == null)
            {
                problem = x.App.ApplySettings(next);
            }

            if (problem != null)
            {
                return Show(x, 400, OptInPage.Sentence(problem));
            }

            x.Logged("motion saved: sensitivity " + sensitivity.ToString() + ", " + ignored.ToString() + " of " + MotionGrid.CellCount.ToString() + " cells ignored");
            return Replies.Redirect("/motion?done=saved");
        }

        private static int ParseCell(string text)
        {
            int cell = WholeNumber.Parse(text, 3);
            return cell < MotionGrid.CellCount ? cell : -1;
        }
    }
}
