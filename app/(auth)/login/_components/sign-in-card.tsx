/** The card every sign-in page stands in, alone in the middle of the screen. */
export function SignInCard({ width = "sm", children }: { width?: "sm" | "md"; children: React.ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center p-4">
      <div className={`w-full ${width === "md" ? "max-w-md" : "max-w-sm"} rounded-lg border border-slate-200 bg-white p-8 shadow-sm`}>{children}</div>
    </main>
  );
}

/** A step of signing in (a new password, the second factor, enrolling one): its title, what to do, and the form. */
export function SignInStep({ title, intro, width, children }: { title: string; intro: string; width?: "sm" | "md"; children: React.ReactNode }) {
  return (
    <SignInCard width={width}>
      <h1 className="mb-2 text-2xl font-semibold">{title}</h1>
      <p className="mb-6 text-sm text-slate-700">{intro}</p>
      {children}
    </SignInCard>
  );
}
