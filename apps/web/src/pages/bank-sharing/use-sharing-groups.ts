import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { useDialogSubject } from '../../ui/use-dialog-subject.ts';
import { FEDERATION_KEY } from '../peers/use-peers.ts';
import type { SharingGroup } from '../../api/federation-types.ts';

/** The group dialog open: a new group, or the members of an existing one. */
export type GroupDialog =
  { readonly kind: 'create' } | { readonly kind: 'members'; readonly group: SharingGroup };

/** Creating sharing groups and setting their members, from the peers this node has. */
export function useGroupEditor() {
  const queryClient = useQueryClient();
  const shown = useDialogSubject<GroupDialog>();
  const dialog = shown.asking;
  const [name, setName] = useState('');
  const [members, setMembers] = useState<readonly string[]>([]);
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  const save = useMutation({
    mutationFn: async (input: {
      readonly dialog: GroupDialog;
      readonly name: string;
      readonly members: readonly string[];
    }) => {
      if (input.dialog.kind === 'create')
        await concord.sharing.createGroup({ name: input.name, members: [...input.members] });
      else await concord.sharing.setMembers(input.dialog.group.id, input.members);
      return input.dialog.kind === 'create' ? input.name : input.dialog.group.name;
    },
    onSuccess: async () => {
      shown.close();
      await queryClient.invalidateQueries({ queryKey: FEDERATION_KEY });
    },
  });
  return {
    dialog,
    /** The dialog shown, kept while it closes. */
    subject: shown.subject,
    opened: shown.opened,
    name,
    members,
    problem,
    pending: save.isPending,
    error: save.error,
    /** The name of the group last saved, while no dialog is open. */
    saved: dialog ? null : (save.data ?? null),
    open(next: GroupDialog) {
      save.reset();
      setProblem(null);
      setName(next.kind === 'members' ? next.group.name : '');
      setMembers(next.kind === 'members' ? next.group.members : []);
      shown.open(next);
    },
    close() {
      shown.close();
      save.reset();
    },
    setName,
    setMembers,
    submit() {
      if (!dialog) return;
      const trimmed = name.trim();
      if (dialog.kind === 'create' && (trimmed === '' || trimmed.length > 80)) {
        setProblem('sharing.groupNameInvalid');
        return;
      }
      setProblem(null);
      save.mutate({ dialog, name: trimmed, members });
    },
  };
}

export type GroupEditor = ReturnType<typeof useGroupEditor>;
