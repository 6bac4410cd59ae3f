// Where an action's before/after panel (issue 14 §5) goes on its page: nothing yet. The panel is
// built elsewhere and wired here; until then this renders no heading and no placeholder figures.
import type { ReactNode } from "react";

type Props = { actionId: string };

export function BeforeAfterSlot(_props: Props): ReactNode {
  return <></>;
}
