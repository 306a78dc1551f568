"use client";

import { useEffect, type RefObject } from "react";

/**
 * Asks before the user leaves a page with changes they have not saved:
 * closing or reloading the tab (beforeunload), following a link in the app
 * (a click caught before Next's router sees it) and the back button (a guard
 * history entry: going back from it asks, and staying pushes it again).
 *
 * A form counts as changed once any field fires input/change; a submit
 * clears it (the save is on its way); an action answering with an error
 * marks it changed again, because the typed values were not stored. The
 * listeners are installed once per page however many forms it has.
 */
const dirtyForms = new Set<HTMLFormElement>();
let guardEntry = false;
let confirmText = "";
let installed = 0;

const isDirty = () => [...dirtyForms].some((form) => form.isConnected);
const leave = () => {
  dirtyForms.clear();
};

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (!isDirty()) return;
  event.preventDefault();
  event.returnValue = "";
}

function onClick(event: MouseEvent) {
  if (!isDirty() || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
  // A link within the page (the error summary's, "skip to content") leaves nothing behind.
  if (isSamePage(link)) return;
  if (window.confirm(confirmText)) return leave();
  event.preventDefault();
  event.stopPropagation();
}

function isSamePage(link: HTMLAnchorElement): boolean {
  const here = new URL(window.location.href);
  const there = new URL(link.href);
  return there.origin === here.origin && there.pathname === here.pathname && there.search === here.search;
}

function pushGuard() {
  // Same URL, same router state: the extra entry only catches the back button.
  window.history.pushState(window.history.state, "", window.location.href);
  guardEntry = true;
}

function onPopState() {
  if (!guardEntry) return;
  guardEntry = false;
  if (isDirty() && !window.confirm(confirmText)) return pushGuard();
  leave();
  window.history.back();
}

export function useUnsavedChanges(formRef: RefObject<HTMLFormElement | null>, message: string, state?: { status: string }) {
  useEffect(() => {
    const form = formRef.current;
    if (form && state?.status === "error") dirtyForms.add(form);
  }, [formRef, state]);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    confirmText = message;
    const markDirty = () => {
      dirtyForms.add(form);
      if (!guardEntry) pushGuard();
    };
    const markClean = () => dirtyForms.delete(form);
    form.addEventListener("input", markDirty);
    form.addEventListener("change", markDirty);
    form.addEventListener("submit", markClean);
    if (installed++ === 0) {
      window.addEventListener("beforeunload", onBeforeUnload);
      document.addEventListener("click", onClick, true);
      window.addEventListener("popstate", onPopState);
    }
    return () => {
      form.removeEventListener("input", markDirty);
      form.removeEventListener("change", markDirty);
      form.removeEventListener("submit", markClean);
      dirtyForms.delete(form);
      if (--installed === 0) {
        window.removeEventListener("beforeunload", onBeforeUnload);
        document.removeEventListener("click", onClick, true);
        window.removeEventListener("popstate", onPopState);
        guardEntry = false;
      }
    };
  }, [formRef, message]);
}
